import { Button } from '@govtechmy/myds-react/button';
import { useTranslation } from 'react-i18next';
import { TaskComments } from './TaskComments';
import { formatTaskTime } from './task-format';
import type { Task, TaskProgress } from './types';

const BADGE: Record<TaskProgress, string> = {
  DIRANCANG: 'border-otl-gray-200 bg-bg-washed text-txt-black-700',
  DALAM_TINDAKAN: 'border-otl-warning-200 bg-bg-warning-50 text-txt-warning',
  SELESAI: 'border-otl-success-200 bg-bg-success-50 text-txt-success',
};

export function ProgressBadge({ progress }: { progress: TaskProgress }) {
  const { t } = useTranslation();
  return (
    <span className={`inline-flex shrink-0 items-center rounded-full border px-2 py-0.5 text-body-xs font-medium ${BADGE[progress]}`}>
      {t(`tasks.progressLabels.${progress}`)}
    </span>
  );
}

/**
 * One task in a week list: title, progress, who assigned it, time and category, its
 * comments with a form to add one, and (on the officer's own list) edit and delete;
 * a task the supervisor assigned cannot be deleted.
 */
export function TaskItem({
  task,
  timeZone,
  commentPath,
  onCommented,
  onEdit,
  onDelete,
}: {
  task: Task;
  timeZone: string;
  commentPath: string;
  onCommented: () => Promise<void> | void;
  onEdit?: () => void;
  onDelete?: () => void;
}) {
  const { t } = useTranslation();
  const time = formatTaskTime(task);
  const canDelete = onDelete && !task.assignedBy;
  return (
    <li className="px-4 py-3">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-2">
            <span className="break-words font-medium">{task.title}</span>
            <ProgressBadge progress={task.progress} />
            {task.assignedBy && (
              <span className="inline-flex items-center rounded-full border border-otl-primary-200 bg-bg-primary-50 px-2 py-0.5 text-body-xs font-medium text-txt-primary">
                {t('tasks.assignedBy', { name: task.assignedBy.fullName })}
              </span>
            )}
          </div>
          <div className="mt-0.5 text-body-xs text-txt-black-500">
            {[time, t(`tasks.categories.${task.category}`)].filter(Boolean).join(' · ')}
            {task.copiedFrom && (
              <>
                {' '}
                · <span>{t('tasks.copiedFromNote')}</span>
              </>
            )}
          </div>
          {task.details && <p className="mt-1 line-clamp-3 whitespace-pre-line text-body-sm text-txt-black-700">{task.details}</p>}
        </div>
        {(onEdit || canDelete) && (
          <div className="flex shrink-0 gap-2" role="group" aria-label={t('tasks.actionsFor', { title: task.title })}>
            {onEdit && (
              <Button size="small" variant="default-outline" onClick={onEdit}>
                {t('common.edit')}
              </Button>
            )}
            {canDelete && (
              <Button size="small" variant="danger-outline" onClick={onDelete}>
                {t('common.delete')}
              </Button>
            )}
          </div>
        )}
      </div>
      <TaskComments task={task} postPath={commentPath} timeZone={timeZone} onPosted={onCommented} />
    </li>
  );
}

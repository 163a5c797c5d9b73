import { Button } from '@govtechmy/myds-react/button';
import { useTranslation } from 'react-i18next';
import { formatTaskTime } from './task-format';
import type { Task, TaskProgress } from './types';

const BADGE: Record<TaskProgress, string> = {
  DIRANCANG: 'border-otl-gray-200 bg-bg-washed text-txt-black-700',
  DALAM_TINDAKAN: 'border-otl-warning-200 bg-bg-warning-50 text-txt-warning',
  SELESAI: 'border-otl-success-200 bg-bg-success-50 text-txt-success',
};

export function ProgressBadge({ progress }: { progress: TaskProgress }) {
  const { t } = useTranslation();
  return <span className={`inline-flex shrink-0 items-center rounded-full border px-2 py-0.5 text-body-xs font-medium ${BADGE[progress]}`}>{t(`tasks.progressLabels.${progress}`)}</span>;
}

/** One task in the week list: title, progress, time and category, with edit and delete. */
export function TaskItem({ task, onEdit, onDelete }: { task: Task; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation();
  const time = formatTaskTime(task, t);
  return (
    <li className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-2">
          <span className="break-words font-medium">{task.title}</span>
          <ProgressBadge progress={task.progress} />
        </div>
        <div className="mt-0.5 text-body-xs text-txt-black-500">
          {[time, t(`tasks.categories.${task.category}`)].filter(Boolean).join(' · ')}
          {task.copiedFrom && <> · <span>{t('tasks.copiedFromNote')}</span></>}
        </div>
        {task.details && <p className="mt-1 line-clamp-3 whitespace-pre-line text-body-sm text-txt-black-700">{task.details}</p>}
      </div>
      <div className="flex shrink-0 gap-2" role="group" aria-label={t('tasks.actionsFor', { title: task.title })}>
        <Button size="small" variant="default-outline" onClick={onEdit}>{t('common.edit')}</Button>
        <Button size="small" variant="danger-outline" onClick={onDelete}>{t('common.delete')}</Button>
      </div>
    </li>
  );
}

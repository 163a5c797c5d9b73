import { Button } from '@govtechmy/myds-react/button';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { WorkAssignment } from '../../api/types';
import { ConfirmDialog } from '../../ui/Modal';
import { Notice } from '../../ui/Notice';
import { errorMessage } from '../../ui/errors';
import { useUnits } from '../units/useUnits';
import { AssignmentFormDialog } from './AssignmentFormDialog';
import { assignedName } from './assignment-text';
import type { WorkingTimeData } from './useWorkingTime';

const LEVELS = ['ORGANISATION', 'UNIT', 'USER'] as const;

/** The names of the officers named by assignments, fetched once each. */
function useOfficerNames(ids: string[]): Map<string, string> {
  const [names, setNames] = useState(new Map<string, string>());
  const key = [...new Set(ids)].sort().join(',');
  useEffect(() => {
    const missing = key ? key.split(',').filter((id) => !names.has(id)) : [];
    if (missing.length === 0) return;
    void Promise.all(
      missing.map((id) =>
        api<{ fullName: string }>('GET', `/api/users/${id}`).then(
          (u) => [id, u.fullName] as const,
          () => [id, id] as const, // an officer we cannot read is shown by id
        ),
      ),
    ).then((pairs) => setNames((m) => new Map([...m, ...pairs])));
  }, [key, names]);
  return names;
}

/** Assignments by level: the organisation default, units (their sub-trees), officers; add and remove. */
export function AssignmentsSection({ data, reload }: { data: WorkingTimeData; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const { units } = useUnits();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<WorkAssignment | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const officers = useOfficerNames(data.assignments.flatMap((a) => (a.userId ? [a.userId] : [])));
  const who = (a: WorkAssignment) =>
    a.userId
      ? (officers.get(a.userId) ?? '…')
      : a.unitId
        ? (units?.find((u) => u.id === a.unitId)?.name ?? t('workingTime.unknownItem'))
        : t('workingTime.levelORGANISATION');

  async function remove() {
    const a = removing;
    if (!a) return;
    setBusy(true);
    try {
      await api('DELETE', `/api/work-schedules/assignments/${a.id}`);
      setNotice({ tone: 'success', text: t('workingTime.removed') });
      await reload();
    } catch (err) {
      setNotice({ tone: 'danger', text: errorMessage(err, t) });
    } finally {
      setBusy(false);
      setRemoving(null);
    }
  }

  return (
    <section className="max-w-3xl">
      <div className="mb-4 flex justify-end">
        <Button variant="primary-fill" onClick={() => setAdding(true)} disabled={data.schedules.length === 0}>
          {t('workingTime.newAssignment')}
        </Button>
      </div>
      {notice && (
        <div className="mb-4">
          <Notice tone={notice.tone}>{notice.text}</Notice>
        </div>
      )}
      {data.assignments.length === 0 ? (
        <Notice>{t('workingTime.assignmentsEmpty')}</Notice>
      ) : (
        LEVELS.map((level) => {
          const items = data.assignments.filter((a) => a.level === level);
          if (items.length === 0) return null;
          return (
            <div key={level} className="mb-5">
              <h2 className="mb-2 font-heading text-body-md font-semibold">{t(`workingTime.level${level}`)}</h2>
              <ul className="divide-y divide-otl-divider rounded-xl border border-otl-gray-200">
                {items.map((a) => {
                  const what = assignedName(a, data, t);
                  return (
                    <li key={a.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-body-sm" data-testid="assignment">
                      <div className="min-w-0">
                        <div className="font-medium">{who(a)}</div>
                        <div className="text-body-xs text-txt-black-700">
                          {what} · {a.from} – {a.to ?? t('workingTime.openEnded')}
                        </div>
                      </div>
                      <Button
                        size="small"
                        variant="danger-outline"
                        onClick={() => setRemoving(a)}
                        aria-label={t('workingTime.removeOf', { what: `${what}, ${who(a)}` })}
                      >
                        {t('common.delete')}
                      </Button>
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })
      )}
      {adding && (
        <AssignmentFormDialog
          data={data}
          units={units ?? []}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            setNotice({ tone: 'success', text: t('workingTime.saved', { name: t('workingTime.tabAssignments') }) });
            void reload();
          }}
        />
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('common.confirm')}
        message={removing ? t('workingTime.confirmRemoveAssignment', { what: assignedName(removing, data, t), who: who(removing) }) : ''}
        confirmLabel={t('common.delete')}
        danger
        busy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
      />
    </section>
  );
}

import { Button } from '@govtechmy/myds-react/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import type { WorkSchedule } from '../../api/types';
import { ConfirmDialog } from '../../ui/Modal';
import { Notice } from '../../ui/Notice';
import { errorMessage } from '../../ui/errors';
import { ScheduleFormDialog } from './ScheduleFormDialog';
import { scheduleInUse, type WorkingTimeData } from './useWorkingTime';
import { endsNextDay, hoursText } from './working-time-text';

const pill = 'ml-1 rounded-full px-2 py-0.5 text-body-xs';

/** The schedules: list, add, edit, deactivate, delete (a schedule in use is offered deactivation instead). */
export function SchedulesSection({ data, reload }: { data: WorkingTimeData; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<WorkSchedule | 'new' | null>(null);
  const [deleting, setDeleting] = useState<WorkSchedule | null>(null);
  const [inUse, setInUse] = useState<WorkSchedule | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);

  async function setActive(s: WorkSchedule, active: boolean) {
    setBusy(true);
    try {
      await api('PATCH', `/api/work-schedules/${s.id}`, { active });
      setNotice(
        active
          ? { tone: 'success', text: t('workingTime.saved', { name: s.name }) }
          : { tone: 'success', text: t('workingTime.deactivated', { name: s.name }) },
      );
      await reload();
    } catch (err) {
      setNotice({ tone: 'danger', text: errorMessage(err, t) });
    } finally {
      setBusy(false);
      setInUse(null);
    }
  }

  async function remove() {
    const s = deleting;
    if (!s) return;
    setBusy(true);
    try {
      await api('DELETE', `/api/work-schedules/${s.id}`);
      setNotice({ tone: 'success', text: t('workingTime.deleted', { name: s.name }) });
      await reload();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'SCHEDULE_IN_USE') setInUse(s);
      else setNotice({ tone: 'danger', text: errorMessage(err, t) });
    } finally {
      setBusy(false);
      setDeleting(null);
    }
  }

  return (
    <section className="max-w-3xl">
      <div className="mb-4 flex justify-end">
        <Button variant="primary-fill" onClick={() => setEditing('new')}>
          {t('workingTime.newSchedule')}
        </Button>
      </div>
      {notice && (
        <div className="mb-4">
          <Notice tone={notice.tone}>{notice.text}</Notice>
        </div>
      )}
      {data.schedules.length === 0 ? (
        <Notice>{t('workingTime.schedulesEmpty')}</Notice>
      ) : (
        <ul className="divide-y divide-otl-divider rounded-xl border border-otl-gray-200" aria-label={t('workingTime.tabSchedules')}>
          {data.schedules.map((s) => {
            const hours = hoursText(s);
            return (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-body-sm">
                <div className="min-w-0">
                  <div className="font-medium" data-testid="schedule-name">
                    {s.name}
                    {!s.active && <span className={`${pill} bg-bg-washed text-txt-black-700`}>{t('workingTime.inactive')}</span>}
                    {scheduleInUse(s.id, data) && <span className={`${pill} bg-bg-primary-50 text-txt-primary`}>{t('workingTime.inUse')}</span>}
                  </div>
                  <div className="text-body-xs text-txt-black-700">
                    {t(`workingTime.typeShort${s.type}`)} · {hours ?? t('workingTime.flexibleHours')}
                    {endsNextDay(s.start, s.end) && ` (${t('workingTime.nextDay')})`}
                    {s.graceMinutes > 0 && ` · ${t('workingTime.grace')}: ${s.graceMinutes}`}
                  </div>
                </div>
                <div className="flex flex-wrap gap-2">
                  <Button size="small" variant="default-outline" onClick={() => setEditing(s)} aria-label={t('workingTime.editOf', { name: s.name })}>
                    {t('common.edit')}
                  </Button>
                  <Button
                    size="small"
                    variant="default-outline"
                    disabled={busy}
                    onClick={() => void setActive(s, !s.active)}
                    aria-label={t(s.active ? 'workingTime.deactivateOf' : 'workingTime.activateOf', { name: s.name })}
                  >
                    {t(s.active ? 'workingTime.deactivate' : 'workingTime.activate')}
                  </Button>
                  <Button size="small" variant="danger-outline" onClick={() => setDeleting(s)} aria-label={t('workingTime.deleteOf', { name: s.name })}>
                    {t('common.delete')}
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {editing && (
        <ScheduleFormDialog
          schedule={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(name) => {
            setEditing(null);
            setNotice({ tone: 'success', text: t('workingTime.saved', { name }) });
            void reload();
          }}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('common.confirm')}
        message={deleting ? t('workingTime.confirmDeleteSchedule', { name: deleting.name }) : ''}
        confirmLabel={t('common.delete')}
        danger
        busy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setDeleting(null)}
      />
      <ConfirmDialog
        open={inUse !== null}
        title={t('common.confirm')}
        message={inUse ? t('workingTime.inUseOffer', { name: inUse.name }) : ''}
        confirmLabel={t('workingTime.deactivate')}
        busy={busy}
        onConfirm={() => inUse && void setActive(inUse, false)}
        onCancel={() => setInUse(null)}
      />
    </section>
  );
}

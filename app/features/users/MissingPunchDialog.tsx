import { Button } from '@govtechmy/myds-react/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../domain/format/dates';
import type { DayView, Punch } from '../../api/attendance-types';
import { api, ApiError } from '../../api/client';
import type { UserSummary } from '../../api/types';
import { SelectField, TextField } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Notice';
import { malaysiaInstant } from '../../ui/dates';
import { useSession } from '../../session/session';
import { useApiForm } from '../../ui/useApiForm';
import { issueText, statusText } from '../attendance/format';

/** Org admin adds a punch an officer could not make, with a reason; shows the day as evaluated again. */
export function MissingPunchDialog({ user, onClose }: { user: UserSummary; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const [form, setForm] = useState({ at: '', kind: 'IN', reason: '' });
  const [day, setDay] = useState<DayView | null>(null);
  const [existing, setExisting] = useState<string | null>(null);
  const { busy, general, fieldError, submitWith } = useApiForm();
  const submit = submitWith(async () => {
    setExisting(null);
    try {
      const res = await api<{ punch: Punch; day: DayView }>('POST', '/api/admin/punches', {
        userId: user.id,
        at: form.at ? malaysiaInstant(form.at.slice(0, 10), form.at.slice(11, 16)) : '',
        kind: form.kind,
        reason: form.reason,
      });
      setDay(res.day);
    } catch (err) {
      // The same punch is there already: say which (its kind, time and where it came from).
      if (err instanceof ApiError && err.code === 'PUNCH_DUPLICATE') {
        const d = err.details as { at?: string; kind?: string | null; source?: string };
        const kind = d.kind === 'OUT' ? t('clock.punchOut') : d.kind === 'IN' ? t('clock.punchIn') : t('common.none');
        const time = d.at ? formatDateTime(d.at, i18n.language, me?.organisation?.timeZone ?? 'Asia/Kuala_Lumpur') : '';
        setExisting(t('users.missingPunchExisting', { kind, time, source: t(`att.source.${d.source ?? 'correction'}`) }));
      }
      throw err;
    }
  });
  return (
    <Modal
      title={t('users.missingPunchTitle', { name: user.fullName })}
      open
      onClose={onClose}
      footer={
        day ? (
          <Button variant="primary-fill" onClick={onClose}>
            {t('common.close')}
          </Button>
        ) : (
          <>
            <Button variant="default-outline" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button variant="primary-fill" disabled={busy || !form.at || !form.reason} onClick={() => void submit()}>
              {busy ? t('common.saving') : t('users.missingPunchSave')}
            </Button>
          </>
        )
      }
    >
      {day ? (
        <Notice tone="success">
          {t('users.missingPunchDone', { date: formatDate(day.date, i18n.language), status: statusText(day, t) })}
          {day.issues.length > 0 && ` ${day.issues.map((i) => issueText(i, t)).join(', ')}.`}
        </Notice>
      ) : (
        <form className="flex flex-col gap-3" onSubmit={(e) => void submit(e)} noValidate>
          <p className="text-body-sm text-txt-black-700">{t('users.missingPunchIntro')}</p>
          {general && (
            <Notice tone="danger">
              {general}
              {existing && <> {existing}</>}
            </Notice>
          )}
          <TextField
            label={t('users.missingPunchAt')}
            type="datetime-local"
            value={form.at}
            onChange={(e) => setForm({ ...form, at: e.target.value })}
            error={fieldError('at')}
            required
          />
          <SelectField
            label={t('users.missingPunchKind')}
            value={form.kind}
            onChange={(e) => setForm({ ...form, kind: e.target.value })}
            error={fieldError('kind')}
          >
            <option value="IN">{t('clock.punchIn')}</option>
            <option value="OUT">{t('clock.punchOut')}</option>
          </SelectField>
          <TextField
            label={t('users.missingPunchReason')}
            value={form.reason}
            maxLength={500}
            onChange={(e) => setForm({ ...form, reason: e.target.value })}
            error={fieldError('reason')}
            hint={t('users.missingPunchReasonHint')}
            required
          />
        </form>
      )}
    </Modal>
  );
}

import { Button } from '@govtechmy/myds-react/button';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../domain/format/dates';
import { DAY_STATUS_CODES } from '../../../domain/day/types';
import type { DayStatus } from '../../api/attendance-types';
import { api } from '../../api/client';
import { useSession } from '../../session/session';
import { SelectField, TextField } from '../../ui/Field';
import { ConfirmDialog } from '../../ui/Modal';
import { LoadError, Notice, PageHeader, Spinner } from '../../ui/Notice';
import { errorMessage } from '../../ui/errors';
import { addDays, todayIn } from '../../ui/dates';
import { useApiForm } from '../../ui/useApiForm';

/** Set today's or a later day's status (BDR, Tugasan Luar, Kursus, Mesyuarat, Cuti, Cuti Sakit), whole day or half. */
export function DayStatusPage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const today = todayIn(me?.organisation?.timeZone ?? 'Asia/Kuala_Lumpur');
  const [form, setForm] = useState({ date: today, code: 'BDR', part: 'FULL', note: '', dutyStart: '', outOfStation: false });
  const [items, setItems] = useState<DayStatus[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [toCancel, setToCancel] = useState<DayStatus | null>(null);
  const [cancelBusy, setCancelBusy] = useState(false);
  const { busy, general, fieldError, submitWith, notice, setNotice } = useApiForm();

  const load = useCallback(async () => {
    setError(null);
    try {
      setItems((await api<{ items: DayStatus[] }>('GET', `/api/day-statuses?from=${today}&to=${addDays(today, 365)}`)).items);
    } catch (err) {
      setError(err);
    }
  }, [today]);
  useEffect(() => {
    void load();
  }, [load]);

  const submit = submitWith(async () => {
    const { dutyStart, outOfStation, ...rest } = form;
    // The duty's start and out of station belong to Tugasan Luar only (R30); an empty start means before 07:30.
    const duty = form.code === 'TUGASAN_LUAR' ? { dutyStart: dutyStart || undefined, outOfStation } : {};
    const s = await api<DayStatus>('POST', '/api/day-statuses', { ...rest, ...duty, note: form.note || undefined });
    setNotice({
      tone: 'success',
      text: t('statusPage.saved', { code: t(`att.status.${s.code}`), date: formatDate(s.date, i18n.language), state: t(`att.state.${s.state}`) }),
    });
    setForm({ ...form, note: '', dutyStart: '', outOfStation: false });
    await load();
  });

  async function cancel() {
    if (!toCancel) return;
    setCancelBusy(true);
    setNotice(null);
    try {
      await api('POST', `/api/day-statuses/${toCancel.id}/cancel`);
      setNotice({ tone: 'success', text: t('statusPage.cancelled') });
      setToCancel(null);
      await load();
    } catch (err) {
      setNotice({ tone: 'danger', text: errorMessage(err, t) });
      setToCancel(null);
    } finally {
      setCancelBusy(false);
    }
  }

  const live = items?.filter((s) => s.state === 'MENUNGGU' || s.state === 'DILULUSKAN') ?? [];
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <PageHeader title={t('statusPage.title')} />
      <p className="text-body-sm text-txt-black-700">{t('statusPage.intro')}</p>
      {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
      <form className="grid grid-cols-1 gap-3 rounded-xl border border-otl-gray-200 p-4 sm:grid-cols-3" onSubmit={(e) => void submit(e)} noValidate>
        {general && (
          <div className="sm:col-span-3">
            <Notice tone="danger">{general}</Notice>
          </div>
        )}
        <TextField
          label={t('statusPage.date')}
          type="date"
          min={today}
          value={form.date}
          onChange={(e) => setForm({ ...form, date: e.target.value })}
          error={fieldError('date')}
          required
        />
        <SelectField label={t('statusPage.code')} value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value })} error={fieldError('code')}>
          {DAY_STATUS_CODES.map((c) => (
            <option key={c} value={c}>
              {t(`att.status.${c}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('statusPage.part')} value={form.part} onChange={(e) => setForm({ ...form, part: e.target.value })} error={fieldError('part')}>
          {['FULL', 'AM', 'PM'].map((p) => (
            <option key={p} value={p}>
              {t(`att.part.${p}`)}
            </option>
          ))}
        </SelectField>
        {form.code === 'TUGASAN_LUAR' && (
          <>
            <TextField
              label={t('statusPage.dutyStart')}
              hint={t('statusPage.dutyStartHint')}
              type="time"
              value={form.dutyStart}
              onChange={(e) => setForm({ ...form, dutyStart: e.target.value })}
              error={fieldError('dutyStart')}
            />
            <label className="flex items-center gap-2 self-end pb-2 text-body-sm sm:col-span-2">
              <input
                type="checkbox"
                className="size-4"
                checked={form.outOfStation}
                onChange={(e) => setForm({ ...form, outOfStation: e.target.checked })}
                data-testid="out-of-station"
              />
              {t('statusPage.outOfStation')}
            </label>
            {fieldError('outOfStation') && (
              <p className="text-body-xs text-txt-danger sm:col-span-3" role="alert">
                {fieldError('outOfStation')}
              </p>
            )}
          </>
        )}
        <div className="sm:col-span-3">
          <TextField
            label={t('statusPage.note')}
            value={form.note}
            maxLength={500}
            onChange={(e) => setForm({ ...form, note: e.target.value })}
            error={fieldError('note')}
          />
        </div>
        <div className="sm:col-span-3">
          <Button type="submit" variant="primary-fill" className="w-full justify-center sm:w-auto" disabled={busy || !form.date}>
            {busy ? t('common.saving') : t('statusPage.submit')}
          </Button>
        </div>
      </form>
      <section aria-labelledby="upcoming" className="rounded-xl border border-otl-gray-200 p-4 text-body-sm">
        <h2 id="upcoming" className="mb-2 font-semibold">
          {t('statusPage.upcoming')}
        </h2>
        {error ? (
          <LoadError error={error} onRetry={() => void load()} />
        ) : !items ? (
          <Spinner label={t('common.loading')} />
        ) : live.length === 0 ? (
          <p className="text-txt-black-500">{t('statusPage.empty')}</p>
        ) : (
          <ul className="divide-y divide-otl-divider" data-testid="status-list">
            {live.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <div>
                  <p className="font-medium">
                    {formatDate(s.date, i18n.language)} · {t(`att.status.${s.code}`)} · {t(`att.part.${s.part}`)}
                    {s.code === 'TUGASAN_LUAR' && s.dutyStart ? ` · ${t('statusPage.from', { time: s.dutyStart })}` : ''}
                    {s.outOfStation ? ` · ${t('statusPage.outOfStationShort')}` : ''}
                  </p>
                  <p className="text-body-xs text-txt-black-500">
                    {t(`att.state.${s.state}`)}
                    {s.note ? ` — ${s.note}` : ''}
                  </p>
                </div>
                <Button variant="default-outline" size="small" onClick={() => setToCancel(s)}>
                  {t('statusPage.cancel')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ConfirmDialog
        open={toCancel !== null}
        title={t('statusPage.cancel')}
        message={toCancel ? t('statusPage.confirmCancel', { code: t(`att.status.${toCancel.code}`), date: formatDate(toCancel.date, i18n.language) }) : ''}
        confirmLabel={t('statusPage.cancel')}
        danger
        busy={cancelBusy}
        onConfirm={() => void cancel()}
        onCancel={() => setToCancel(null)}
      />
    </div>
  );
}

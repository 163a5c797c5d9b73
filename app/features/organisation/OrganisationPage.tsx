import { Button } from '@govtechmy/myds-react/button';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { STATE_NAMES, isStateCode } from '../../../domain/org/states';
import { api, ApiError } from '../../api/client';
import type { Organisation, OrgSettings } from '../../api/types';
import { SelectField, TextField } from '../../ui/Field';
import { Notice, PageHeader, Spinner } from '../../ui/Notice';
import { errorMessage } from '../../ui/errors';

const APPROVABLE = ['BDR', 'TUGASAN_LUAR', 'KURSUS', 'MESYUARAT', 'CUTI', 'CUTI_SAKIT'] as const;

export function OrganisationPage() {
  const { t } = useTranslation();
  const [org, setOrg] = useState<Organisation | null>(null);
  const [name, setName] = useState('');
  const [s, setS] = useState<OrgSettings | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api<Organisation>('GET', '/api/organisation').then((o) => { setOrg(o); setName(o.name); setS(o.settings); }, (err: unknown) => setNotice({ tone: 'danger', text: errorMessage(err, t) }));
  }, [t]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!s) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const o = await api<Organisation>('PATCH', '/api/organisation', { name, settings: s });
      setOrg(o);
      setS(o.settings);
      setNotice({ tone: 'success', text: t('org.saved') });
    } catch (err) {
      if (err instanceof ApiError && err.fields.length > 0) setError(err);
      else setNotice({ tone: 'danger', text: errorMessage(err, t) });
    } finally {
      setBusy(false);
    }
  }

  if (!org || !s) return <>{notice ? <Notice tone="danger">{notice.text}</Notice> : <Spinner label={t('common.loading')} />}</>;
  const num = (k: 'graceMinutes' | 'accuracyLimitMeters' | 'reviewDeadlineDays') => ({
    type: 'number', value: String(s[k]), error: error?.field(`settings.${k}`), onChange: (e: { target: { value: string } }) => setS({ ...s, [k]: Number(e.target.value) }),
  });
  return (
    <div className="max-w-3xl">
      <PageHeader title={t('org.title')} />
      {notice && <div className="mb-4"><Notice tone={notice.tone}>{notice.text}</Notice></div>}
      <dl className="mb-5 grid grid-cols-2 gap-3 rounded-xl border border-otl-gray-200 p-4 text-body-sm sm:grid-cols-4">
        <div><dt className="text-body-xs text-txt-black-500">{t('org.code')}</dt><dd>{org.code}</dd></div>
        <div><dt className="text-body-xs text-txt-black-500">{t('org.state')}</dt><dd>{isStateCode(org.state) ? STATE_NAMES[org.state] : org.state}</dd></div>
        <div><dt className="text-body-xs text-txt-black-500">{t('org.timeZone')}</dt><dd>{org.timeZone}</dd></div>
        <div><dt className="text-body-xs text-txt-black-500">{t('org.onboardedOn')}</dt><dd>{org.onboardedOn}</dd></div>
      </dl>
      <form className="grid grid-cols-1 gap-4 sm:grid-cols-2" onSubmit={(e) => void submit(e)} noValidate>
        <div className="sm:col-span-2"><TextField label={t('org.name')} value={name} error={error?.field('name')} onChange={(e) => setName(e.target.value)} /></div>
        <SelectField label={t('org.reviewLevels')} value={String(s.reviewLevels)} onChange={(e) => setS({ ...s, reviewLevels: e.target.value === '2' ? 2 : 1 })}>
          <option value="1">{t('org.reviewOne')}</option>
          <option value="2">{t('org.reviewTwo')}</option>
        </SelectField>
        <TextField label={t('org.graceMinutes')} min={0} max={60} {...num('graceMinutes')} />
        <SelectField label={t('org.geofencePolicy')} value={s.geofencePolicy} onChange={(e) => setS({ ...s, geofencePolicy: e.target.value === 'BLOCK' ? 'BLOCK' : 'FLAG' })}>
          <option value="FLAG">{t('org.geofenceFlag')}</option>
          <option value="BLOCK">{t('org.geofenceBlock')}</option>
        </SelectField>
        <SelectField label={t('org.punchWithoutLocation')} value={s.punchWithoutLocation} onChange={(e) => setS({ ...s, punchWithoutLocation: e.target.value === 'REFUSE' ? 'REFUSE' : 'ACCEPT_FLAGGED' })}>
          <option value="ACCEPT_FLAGGED">{t('org.withoutAccept')}</option>
          <option value="REFUSE">{t('org.withoutRefuse')}</option>
        </SelectField>
        <TextField label={t('org.accuracyLimit')} min={10} max={5000} {...num('accuracyLimitMeters')} />
        <TextField label={t('org.reviewDeadline')} min={1} max={60} {...num('reviewDeadlineDays')} />
        <fieldset className="sm:col-span-2">
          <legend className="mb-1.5 text-body-sm font-medium text-txt-black-700">{t('org.needApproval')}</legend>
          <div className="flex flex-wrap gap-x-5 gap-y-2">
            {APPROVABLE.map((code) => (
              <label key={code} className="flex items-center gap-2 text-body-sm">
                <input type="checkbox" className="size-4 accent-primary-600" checked={s.statusesNeedingApproval.includes(code)}
                  onChange={(e) => setS({ ...s, statusesNeedingApproval: e.target.checked ? [...s.statusesNeedingApproval, code] : s.statusesNeedingApproval.filter((x) => x !== code) })} />
                {t(`dayStatus.${code}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="sm:col-span-2"><Button type="submit" variant="primary-fill" disabled={busy}>{busy ? t('common.saving') : t('common.save')}</Button></div>
      </form>
    </div>
  );
}

import { Button } from '@govtechmy/myds-react/button';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../domain/format/dates';
import { STATE_NAMES, isStateCode } from '../../../domain/org/states';
import { api } from '../../api/client';
import type { Organisation } from '../../api/types';
import { TextField } from '../../ui/Field';
import { LoadError, Notice, PageHeader, Spinner } from '../../ui/Notice';
import { useApiForm } from '../../ui/useApiForm';
import { SettingsFields } from './SettingsFields';
import { draftFromSettings, settingsPatch, type Draft, type FieldSpec } from './settings-form';

type Loaded = { org: Organisation; name: string; fields: FieldSpec[]; draft: Draft; other: [string, unknown][] };

function loaded(org: Organisation): Loaded {
  return { org, name: org.name, ...draftFromSettings(org.settings) };
}

/** Organisation admin: the organisation's name and attendance settings. */
export function OrganisationPage() {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const { busy, general, fieldError, submitWith } = useApiForm();

  const load = useCallback(() => {
    setLoadError(null);
    api<Organisation>('GET', '/api/organisation').then((o) => setState(loaded(o)), setLoadError);
  }, []);
  useEffect(load, [load]);

  const submit = submitWith(async () => {
    if (!state) return;
    setSaved(false);
    const settings = settingsPatch(state.org.settings, state.fields, state.draft);
    const body = { ...(state.name.trim() !== state.org.name ? { name: state.name.trim() } : {}), ...(Object.keys(settings).length > 0 ? { settings } : {}) };
    if (Object.keys(body).length > 0) setState(loaded(await api<Organisation>('PATCH', '/api/organisation', body)));
    setSaved(true);
  });

  if (loadError) return <LoadError error={loadError} onRetry={load} />;
  if (!state) return <Spinner label={t('common.loading')} />;
  const { org } = state;
  const facts: [string, string][] = [
    [t('org.code'), org.code],
    [t('org.state'), isStateCode(org.state) ? STATE_NAMES[org.state] : org.state],
    [t('org.timeZone'), org.timeZone],
    [t('org.onboardedOn'), formatDate(org.onboardedOn, i18n.language)],
  ];
  return (
    <div className="max-w-3xl">
      <PageHeader title={t('org.title')} />
      <dl className="mb-5 grid grid-cols-2 gap-3 rounded-xl border border-otl-gray-200 p-4 text-body-sm sm:grid-cols-4">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-body-xs text-txt-black-500">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <form className="grid grid-cols-1 gap-4 sm:grid-cols-2" onSubmit={(e) => void submit(e)} noValidate>
        {saved && !general && (
          <div className="sm:col-span-2">
            <Notice tone="success">{t('org.saved')}</Notice>
          </div>
        )}
        {general && (
          <div className="sm:col-span-2">
            <Notice tone="danger">{general}</Notice>
          </div>
        )}
        <div className="sm:col-span-2">
          <TextField
            label={t('org.name')}
            value={state.name}
            error={fieldError('name')}
            onChange={(e) => {
              setSaved(false);
              setState({ ...state, name: e.target.value });
            }}
          />
        </div>
        {state.fields.length > 0 && <h2 className="font-heading text-body-lg font-semibold sm:col-span-2">{t('org.settings')}</h2>}
        <SettingsFields
          fields={state.fields}
          draft={state.draft}
          error={fieldError}
          onChange={(key, value) => {
            setSaved(false);
            setState({ ...state, draft: { ...state.draft, [key]: value } });
          }}
        />
        {state.other.length > 0 && (
          <section className="sm:col-span-2">
            <h2 className="font-heading text-body-md font-semibold">{t('org.other')}</h2>
            <p className="text-body-xs text-txt-black-500">{t('org.otherHint')}</p>
            <dl className="mt-2 grid grid-cols-1 gap-2 text-body-sm sm:grid-cols-2">
              {state.other.map(([k, v]) => (
                <div key={k}>
                  <dt className="font-mono text-body-xs text-txt-black-500">{k}</dt>
                  <dd className="break-words">{JSON.stringify(v)}</dd>
                </div>
              ))}
            </dl>
          </section>
        )}
        <div className="sm:col-span-2">
          <Button type="submit" variant="primary-fill" disabled={busy}>
            {busy ? t('common.saving') : t('common.save')}
          </Button>
        </div>
      </form>
    </div>
  );
}

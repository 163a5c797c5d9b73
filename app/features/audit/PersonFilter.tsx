import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../ui/Field';
import { useUserOptions, type UserOption } from '../users/use-user-options';

type Option = UserOption;

/** Search, then choose one person of the organisation (at most 20 matches at a time); "anyone" clears it. */
export function PersonFilter({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const { q, setQ, options } = useUserOptions();
  const [chosen, setChosen] = useState<Option | null>(null);
  useEffect(() => {
    if (!value) setChosen(null);
  }, [value]);
  const list = [...(chosen && !options.some((o) => o.id === chosen.id) ? [chosen] : []), ...options];
  return (
    <>
      <TextField label={t('audit.personSearch')} type="search" value={q} hint={t('audit.personSearchHint')} onChange={(e) => setQ(e.target.value)} />
      <SelectField
        label={t('audit.person')}
        value={value}
        onChange={(e) => {
          setChosen(list.find((o) => o.id === e.target.value) ?? null);
          onChange(e.target.value);
        }}
      >
        <option value="">{t('audit.anyone')}</option>
        {list.map((o) => (
          <option key={o.id} value={o.id}>
            {o.fullName}
            {o.staffNo ? ` (${o.staffNo})` : ''}
          </option>
        ))}
      </SelectField>
    </>
  );
}

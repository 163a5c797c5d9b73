import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../ui/Field';
import { useUserOptions, type UserOption } from './use-user-options';

type Option = UserOption;

/**
 * Search, then choose: the server sends at most 20 matches, so the search box narrows
 * the list in organisations of any size. The current supervisor always stays listed.
 */
export function SupervisorPicker({
  value,
  current,
  excludeId,
  error,
  onChange,
}: {
  value: string;
  current: Option | null;
  excludeId?: string;
  error?: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { q, setQ, options } = useUserOptions();
  const list = [...(current && !options.some((o) => o.id === current.id) ? [current] : []), ...options].filter((o) => o.id !== excludeId);
  return (
    <div className="grid grid-cols-1 gap-4 sm:col-span-2 sm:grid-cols-2">
      <TextField label={t('users.supervisorSearch')} type="search" value={q} hint={t('users.supervisorSearchHint')} onChange={(e) => setQ(e.target.value)} />
      <SelectField label={t('users.supervisor')} value={value} error={error} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('users.noSupervisor')}</option>
        {list.map((o) => (
          <option key={o.id} value={o.id}>
            {o.fullName}
            {o.staffNo ? ` (${o.staffNo})` : ''}
          </option>
        ))}
      </SelectField>
    </div>
  );
}

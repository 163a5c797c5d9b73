import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../ui/Field';
import type { Draft, FieldSpec } from './settings-form';

/** One input per known setting; a value the form has no label for is still offered as itself. */
export function SettingsFields({
  fields,
  draft,
  onChange,
  error,
}: {
  fields: FieldSpec[];
  draft: Draft;
  onChange: (key: string, value: string | string[]) => void;
  error: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      {fields.map((f) => {
        const value = draft[f.key] ?? '';
        const err = error(`settings.${f.key}`);
        if (f.kind === 'number') {
          return (
            <TextField
              key={f.key}
              label={t(f.label)}
              type="number"
              inputMode="numeric"
              min={f.min}
              max={f.max}
              value={String(value)}
              error={err}
              hint={f.hint ? `${f.min}–${f.max}. ${t(f.hint)}` : `${f.min}–${f.max}`}
              onChange={(e) => onChange(f.key, e.target.value)}
            />
          );
        }
        if (f.kind === 'time') {
          return (
            <TextField
              key={f.key}
              label={t(f.label)}
              type="time"
              value={String(value)}
              error={err}
              hint={t(f.hint)}
              onChange={(e) => onChange(f.key, e.target.value)}
            />
          );
        }
        if (f.kind === 'select') {
          const text = String(value);
          const options = Object.entries(f.options);
          return (
            <SelectField key={f.key} label={t(f.label)} value={text} error={err} onChange={(e) => onChange(f.key, e.target.value)}>
              {text !== '' && !(text in f.options) && <option value={text}>{text}</option>}
              {options.map(([v, label]) => (
                <option key={v} value={v}>
                  {t(label)}
                </option>
              ))}
            </SelectField>
          );
        }
        const chosen = Array.isArray(value) ? value : [];
        const extra = chosen.filter((v) => !(v in f.options));
        return (
          <fieldset key={f.key} className="sm:col-span-2">
            <legend className="mb-1.5 text-body-sm font-medium text-txt-black-700">{t(f.label)}</legend>
            <div className="flex flex-wrap gap-x-5 gap-y-2">
              {[...Object.entries(f.options), ...extra.map((v) => [v, v] as const)].map(([code, label]) => (
                <label key={code} className="flex items-center gap-2 text-body-sm">
                  <input
                    type="checkbox"
                    className="size-4 accent-primary-600"
                    checked={chosen.includes(code)}
                    onChange={(e) => onChange(f.key, e.target.checked ? [...chosen, code] : chosen.filter((x) => x !== code))}
                  />
                  {code in f.options ? t(label) : label}
                </label>
              ))}
            </div>
            {err && (
              <p role="alert" className="mt-1 text-body-xs text-txt-danger">
                {err}
              </p>
            )}
          </fieldset>
        );
      })}
    </>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../ui/Field';

/** A month or any range, downloaded as PDF, XLSX or CSV (a plain link: the browser saves the file). The page keys it by the month shown, so it starts from that month. */
export function ReportForm({ from: initialFrom, to: initialTo }: { from: string; to: string }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState(initialTo);
  const [format, setFormat] = useState<'pdf' | 'xlsx' | 'csv'>('pdf');
  const valid = from && to && from <= to;
  const href = `/api/attendance/report?${new URLSearchParams({ from, to, format })}`;
  return (
    <section aria-labelledby="report" className="rounded-xl border border-otl-gray-200 p-4 text-body-sm">
      <h2 id="report" className="mb-1 font-heading text-body-md font-semibold">
        {t('myAtt.report')}
      </h2>
      <p className="mb-3 text-body-xs text-txt-black-500">{t('myAtt.reportHint')}</p>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4 sm:items-end">
        <TextField label={t('myAtt.from')} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <TextField
          label={t('myAtt.to')}
          type="date"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          error={from && to && from > to ? t('errors.rangeOrder') : undefined}
        />
        <SelectField label={t('myAtt.format')} value={format} onChange={(e) => setFormat(e.target.value as 'pdf')}>
          <option value="pdf">PDF</option>
          <option value="xlsx">XLSX</option>
          <option value="csv">CSV</option>
        </SelectField>
        {valid ? (
          <a
            href={href}
            download
            className="rounded-md bg-bg-primary-600 px-4 py-2 text-center font-medium text-white hover:bg-bg-primary-700 focus:outline-none focus:ring focus:ring-fr-primary"
            data-testid="report-download"
          >
            {t('myAtt.download')}
          </a>
        ) : (
          <span aria-disabled="true" className="rounded-md bg-bg-washed px-4 py-2 text-center text-txt-black-500">
            {t('myAtt.download')}
          </span>
        )}
      </div>
    </section>
  );
}

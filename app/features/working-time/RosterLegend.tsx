import { useTranslation } from 'react-i18next';
import { SOURCE_STYLE, SOURCES } from './roster-cell-look';

/** What the colours and letters of the roster's cells mean. */
export function RosterLegend({ minimumRestHours }: { minimumRestHours: number }) {
  const { t } = useTranslation();
  return (
    <div className="mb-3 rounded-lg border border-otl-gray-200 px-3 py-2 text-body-xs">
      <h3 className="mb-1 font-semibold">{t('workingTime.legend')}</h3>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {SOURCES.map((s) => (
          <li key={s} className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className={`inline-flex h-5 w-6 items-center justify-center rounded border border-l-4 border-otl-gray-200 text-[10px] font-semibold ${SOURCE_STYLE[s]}`}
            >
              {t(`workingTime.marker${s}`)}
            </span>
            {t(`workingTime.source${s}`)}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className="inline-flex h-5 w-6 items-center justify-center rounded text-[10px] font-semibold text-txt-danger ring-2 ring-danger-600"
          >
            {t('workingTime.markerConflict')}
          </span>
          {t('workingTime.conflictOVERLAP')} / {t('workingTime.conflictSHORT_REST', { hours: minimumRestHours })}
        </li>
      </ul>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { Punch } from '../../api/attendance-types';
import { clockTime } from '../attendance/format';

/** Punches with time, place in words (no map), site, flags and how they came in. */
export function PunchList({ punches, timeZone }: { punches: Punch[]; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <ol className="flex flex-col divide-y divide-otl-divider" data-testid="punch-list">
      {punches.map((p) => (
        <li key={p.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2">
          <span className="font-mono text-body-md font-semibold tabular-nums">{clockTime(p.at, timeZone)}</span>
          <span>{p.siteName ?? t(`att.place.${p.place}`)}</span>
          {p.location && (
            <span className="text-body-xs text-txt-black-500">
              {p.location.lat.toFixed(4)}, {p.location.lng.toFixed(4)} (±{Math.round(p.location.accuracy)} m)
            </span>
          )}
          <span className="text-body-xs text-txt-black-500">{t(`att.source.${p.source}`, { defaultValue: p.source })}</span>
          {p.flags.map((f) => (
            <span key={f} className="rounded-full bg-bg-warning-50 px-2 py-0.5 text-body-xs font-medium text-txt-warning">
              {t(`att.flag.${f}`, { defaultValue: f })}
            </span>
          ))}
          {p.reason && <span className="w-full text-body-xs text-txt-black-500">{p.reason}</span>}
        </li>
      ))}
    </ol>
  );
}

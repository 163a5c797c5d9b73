import { useTranslation } from 'react-i18next';
import type { RosterGrid } from '../../api/types';
import { useFormat } from '../../ui/useFormat';
import { RosterCellButton } from './RosterCellButton';
import type { OpenCell } from './RosterSection';

/** The phone roster: the officers to paint for (checkboxes), then one list per date with each officer's cell. */
export function RosterDayList({
  grid,
  restHours,
  selected,
  onToggle,
  onOpen,
}: {
  grid: RosterGrid;
  restHours: number;
  selected: Set<string>;
  onToggle: (id: string) => void;
  onOpen: (c: OpenCell) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <div className="flex flex-col gap-4">
      <fieldset className="rounded-lg border border-otl-gray-200 px-3 py-2">
        <legend className="px-1 text-body-sm font-medium">{t('workingTime.officerCol')}</legend>
        <ul className="flex flex-col gap-1">
          {grid.officers.map((o) => (
            <li key={o.id}>
              <label className="flex items-center gap-2 text-body-sm">
                <input type="checkbox" className="size-4 accent-primary-600" checked={selected.has(o.id)} onChange={() => onToggle(o.id)} />
                <span data-testid="roster-officer">{o.fullName}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <ol className="flex flex-col gap-3" aria-label={t('workingTime.byDay')}>
        {grid.dates.map((d) => (
          <li key={d} className="rounded-lg border border-otl-gray-200">
            <h3 className="border-b border-otl-divider bg-bg-washed px-3 py-1.5 text-body-sm font-semibold">{fmt.dayDate(d)}</h3>
            <ul className="divide-y divide-otl-divider">
              {grid.officers.map((o) => {
                const c = o.cells.find((x) => x.date === d);
                if (!c) return null;
                return (
                  <li key={o.id} className="flex items-center justify-between gap-2 px-3 py-1.5 text-body-sm">
                    <span className="min-w-0 truncate">{o.fullName}</span>
                    <span className="w-40 shrink-0">
                      <RosterCellButton
                        cell={c}
                        officer={o.fullName}
                        dateLabel={fmt.date(d)}
                        minimumRestHours={restHours}
                        wide
                        onOpen={() => onOpen({ userId: o.id, officer: o.fullName, cell: c })}
                      />
                    </span>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}

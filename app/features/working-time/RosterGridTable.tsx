import { useTranslation } from 'react-i18next';
import type { RosterGrid } from '../../api/types';
import { useFormat } from '../../ui/useFormat';
import { RosterCellButton } from './RosterCellButton';
import type { OpenCell } from './RosterSection';

/** The desktop roster: a row per officer (with a checkbox to select for painting), a column per date. */
export function RosterGridTable({
  grid,
  caption,
  restHours,
  selected,
  onToggle,
  onToggleAll,
  onOpen,
}: {
  grid: RosterGrid;
  caption: string;
  restHours: number;
  selected: Set<string>;
  onToggle: (id: string) => void;
  onToggleAll: () => void;
  onOpen: (c: OpenCell) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const weekday = new Intl.DateTimeFormat(fmt.language, { weekday: 'short', timeZone: 'UTC' });
  const allSelected = grid.officers.every((o) => selected.has(o.id));
  return (
    <div className="overflow-x-auto rounded-xl border border-otl-gray-200" tabIndex={0} role="region" aria-label={caption}>
      <table className="border-collapse text-body-xs">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 z-10 min-w-48 bg-bg-white px-2 py-2 text-left">
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  className="size-4 accent-primary-600"
                  checked={allSelected}
                  onChange={onToggleAll}
                  aria-label={t('workingTime.selectAll')}
                />
                {t('workingTime.officerCol')}
              </label>
            </th>
            {grid.dates.map((d) => {
              const day = new Date(`${d}T00:00:00Z`);
              const weekend = day.getUTCDay() === 0 || day.getUTCDay() === 6;
              return (
                <th key={d} scope="col" className={`px-0.5 py-1 text-center font-medium ${weekend ? 'text-txt-black-900' : 'text-txt-black-700'}`}>
                  <abbr title={fmt.dayDate(d)} className="no-underline">
                    <span className="block">{Number(d.slice(8))}</span>
                    <span className="block text-[10px]">{weekday.format(day)}</span>
                  </abbr>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {grid.officers.map((o) => (
            <tr key={o.id} className="border-t border-otl-divider">
              <th scope="row" className="sticky left-0 z-10 bg-bg-white px-2 py-1 text-left font-normal">
                <label className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    className="size-4 accent-primary-600"
                    checked={selected.has(o.id)}
                    onChange={() => onToggle(o.id)}
                    aria-label={t('workingTime.selectOfficer', { name: o.fullName })}
                  />
                  <span className="min-w-0">
                    <span className="block truncate font-medium" data-testid="roster-officer">
                      {o.fullName}
                    </span>
                    <span className="block text-txt-black-700">{o.staffNo}</span>
                  </span>
                </label>
              </th>
              {o.cells.map((c) => (
                <td key={c.date} className="px-0.5 py-1">
                  <RosterCellButton
                    cell={c}
                    officer={o.fullName}
                    dateLabel={fmt.date(c.date)}
                    minimumRestHours={restHours}
                    onOpen={() => onOpen({ userId: o.id, officer: o.fullName, cell: c })}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { RosterCell } from '../../api/types';
import { cellDescription, cellText, SOURCE_STYLE } from './roster-cell-look';

/** One cell of the roster: the schedule (or off), its source as a coloured bar and a letter, conflicts ringed in red. */
export function RosterCellButton({
  cell,
  officer,
  dateLabel,
  minimumRestHours,
  wide,
  onOpen,
}: {
  cell: RosterCell;
  officer: string;
  dateLabel: string;
  minimumRestHours: number;
  wide?: boolean;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const label = cellDescription(cell, officer, dateLabel, t, minimumRestHours);
  const conflict = cell.conflicts.length > 0;
  return (
    <button
      type="button"
      onClick={onOpen}
      title={label}
      data-testid="roster-cell"
      data-source={cell.source}
      data-conflict={conflict ? cell.conflicts.join(' ') : undefined}
      className={`relative flex items-center gap-1 rounded border border-l-4 border-otl-gray-200 py-1 pl-1 pr-3 text-left text-body-xs focus:outline-none focus:ring focus:ring-fr-primary ${
        SOURCE_STYLE[cell.source]
      } ${conflict ? 'ring-2 ring-danger-600' : ''} ${wide ? 'w-full' : 'h-9 w-[3.75rem]'} ${cell.off ? 'italic text-txt-black-700' : 'text-txt-black-900'}`}
    >
      <span className="truncate" aria-hidden="true">
        {wide ? cellText(cell, t, true) : cellText(cell, t)}
        {wide && !cell.off && cell.start && cell.end ? ` ${cell.start}–${cell.end}` : ''}
      </span>
      <span aria-hidden="true" className="absolute right-0.5 top-0 flex items-center gap-0.5 text-[10px] font-semibold leading-tight text-txt-black-700">
        {conflict && <span className="text-txt-danger">{t('workingTime.markerConflict')}</span>}
        {t(`workingTime.marker${cell.source}`)}
      </span>
      <span className="sr-only">{label}</span>
    </button>
  );
}

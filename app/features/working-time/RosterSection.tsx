import { Button } from '@govtechmy/myds-react/button';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterCell } from '../../api/types';
import { addDays, todayIn } from '../../ui/dates';
import { SelectField, TextField } from '../../ui/Field';
import { LoadError, Notice, Spinner } from '../../ui/Notice';
import { useFormat } from '../../ui/useFormat';
import { unitOptions } from '../units/unit-tree';
import { useUnits } from '../units/useUnits';
import { PaintDialog } from './PaintDialog';
import { RosterCellDialog } from './RosterCellDialog';
import { RosterDayList } from './RosterDayList';
import { RosterGridTable } from './RosterGridTable';
import { RosterLegend } from './RosterLegend';
import { useRosterGrid, useWide } from './useRosterGrid';
import type { WorkingTimeData } from './useWorkingTime';
import { shiftMonth } from './working-time-text';

export type OpenCell = { userId: string; officer: string; cell: RosterCell };

/** The roster: a unit and a month; officers × dates (a list per day on phones); set a cell, or paint a range for selected officers. */
export function RosterSection({ data }: { data: WorkingTimeData }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const wide = useWide();
  const { units, error: unitsError } = useUnits();
  const [unitId, setUnitId] = useState('');
  const [month, setMonth] = useState(() => todayIn(fmt.timeZone).slice(0, 7));
  const { grid, error, loading, reload } = useRosterGrid(unitId, month);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [open, setOpen] = useState<OpenCell | null>(null);
  const [painting, setPainting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const restHours = grid ? Math.round((grid.minimumRestMinutes / 60) * 10) / 10 : 0;
  const unitName = units?.find((u) => u.id === unitId)?.name ?? '';
  const selectedIds = useMemo(() => (grid ? grid.officers.filter((o) => selected.has(o.id)).map((o) => o.id) : []), [grid, selected]);
  const toggle = (id: string) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  const toggleAll = () => setSelected((s) => (grid && grid.officers.every((o) => s.has(o.id)) ? new Set() : new Set(grid?.officers.map((o) => o.id))));
  const firstDate = grid?.dates[0] ?? `${month}-01`;
  const lastDate = grid?.dates.at(-1) ?? firstDate;
  const weekEnd = addDays(firstDate, 6) < lastDate ? addDays(firstDate, 6) : lastDate;

  return (
    <section>
      <div className="mb-4 flex flex-wrap items-end gap-3">
        <div className="min-w-56">
          {unitsError ? (
            <LoadError error={unitsError} />
          ) : (
            <SelectField label={t('workingTime.rosterUnit')} value={unitId} onChange={(e) => setUnitId(e.target.value)}>
              <option value="">{t('workingTime.choose')}</option>
              {unitOptions(units ?? []).map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </SelectField>
          )}
        </div>
        <div className="flex items-end gap-1">
          <Button variant="default-outline" size="small" aria-label={t('workingTime.prevMonth')} onClick={() => setMonth((m) => shiftMonth(m, -1))}>
            ‹
          </Button>
          <TextField label={t('workingTime.rosterMonth')} type="month" value={month} onChange={(e) => setMonth(e.target.value)} />
          <Button variant="default-outline" size="small" aria-label={t('workingTime.nextMonth')} onClick={() => setMonth((m) => shiftMonth(m, 1))}>
            ›
          </Button>
        </div>
        {grid && grid.officers.length > 0 && (
          <Button variant="primary-fill" onClick={() => setPainting(true)}>
            {t('workingTime.paint')}
          </Button>
        )}
      </div>
      {notice && (
        <div className="mb-3">
          <Notice tone="success">{notice}</Notice>
        </div>
      )}
      {!unitId ? (
        <Notice>{t('workingTime.rosterPickUnit')}</Notice>
      ) : error ? (
        <LoadError error={error} onRetry={() => void reload()} />
      ) : !grid || (loading && grid.unitId !== unitId) ? (
        <Spinner label={t('common.loading')} />
      ) : grid.officers.length === 0 ? (
        <Notice>{t('workingTime.rosterEmpty')}</Notice>
      ) : (
        <>
          <RosterLegend minimumRestHours={restHours} />
          <p className="mb-2 text-body-xs text-txt-black-700">{t('workingTime.minimumRest', { hours: restHours })}</p>
          {wide ? (
            <RosterGridTable
              grid={grid}
              caption={t('workingTime.rosterCaption', { unit: unitName, month: fmt.month(grid.month) })}
              restHours={restHours}
              selected={selected}
              onToggle={toggle}
              onToggleAll={toggleAll}
              onOpen={setOpen}
            />
          ) : (
            <RosterDayList grid={grid} restHours={restHours} selected={selected} onToggle={toggle} onOpen={setOpen} />
          )}
        </>
      )}
      {open && (
        <RosterCellDialog
          userId={open.userId}
          officer={open.officer}
          cell={open.cell}
          dateLabel={fmt.dayDate(open.cell.date)}
          schedules={data.schedules}
          onClose={() => setOpen(null)}
          onSaved={() => {
            setOpen(null);
            void reload();
          }}
        />
      )}
      {painting && (
        <PaintDialog
          userIds={selectedIds}
          data={data}
          from={firstDate}
          to={weekEnd}
          onClose={() => setPainting(false)}
          onDone={(count) => {
            setPainting(false);
            setNotice(t('workingTime.paintDone', { count }));
            void reload();
          }}
        />
      )}
    </section>
  );
}

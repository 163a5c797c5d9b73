import { Button } from '@govtechmy/myds-react/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { WorkPattern } from '../../api/types';
import { ConfirmDialog } from '../../ui/Modal';
import { Notice } from '../../ui/Notice';
import { errorMessage } from '../../ui/errors';
import { PatternFormDialog } from './PatternFormDialog';
import type { WorkingTimeData } from './useWorkingTime';
import { shortName } from './working-time-text';

/** The work patterns: list (each cycle drawn as its days), add, edit, delete. */
export function PatternsSection({ data, reload }: { data: WorkingTimeData; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<WorkPattern | 'new' | null>(null);
  const [deleting, setDeleting] = useState<WorkPattern | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const nameOf = (id: string | null) => (id === null ? t('workingTime.off') : (data.schedules.find((s) => s.id === id)?.name ?? t('workingTime.unknownItem')));

  async function remove() {
    const p = deleting;
    if (!p) return;
    setBusy(true);
    try {
      await api('DELETE', `/api/work-patterns/${p.id}`);
      setNotice({ tone: 'success', text: t('workingTime.deleted', { name: p.name }) });
      await reload();
    } catch (err) {
      setNotice({ tone: 'danger', text: errorMessage(err, t) });
    } finally {
      setBusy(false);
      setDeleting(null);
    }
  }

  return (
    <section className="max-w-3xl">
      <div className="mb-4 flex justify-end">
        <Button variant="primary-fill" onClick={() => setEditing('new')} disabled={data.schedules.length === 0}>
          {t('workingTime.newPattern')}
        </Button>
      </div>
      {notice && (
        <div className="mb-4">
          <Notice tone={notice.tone}>{notice.text}</Notice>
        </div>
      )}
      {data.patterns.length === 0 ? (
        <Notice>{t(data.schedules.length === 0 ? 'workingTime.schedulesEmpty' : 'workingTime.patternsEmpty')}</Notice>
      ) : (
        <ul className="divide-y divide-otl-divider rounded-xl border border-otl-gray-200" aria-label={t('workingTime.tabPatterns')}>
          {data.patterns.map((p) => (
            <li key={p.id} className="flex flex-col gap-2 px-4 py-3 text-body-sm">
              <div className="flex flex-wrap items-center justify-between gap-3">
                <div className="min-w-0">
                  <div className="font-medium" data-testid="pattern-name">
                    {p.name}
                    {!p.active && (
                      <span className="ml-1 rounded-full bg-bg-washed px-2 py-0.5 text-body-xs text-txt-black-700">{t('workingTime.inactive')}</span>
                    )}
                  </div>
                  <div className="text-body-xs text-txt-black-700">{t('workingTime.cycleOf', { count: p.days.length, anchor: p.anchor })}</div>
                </div>
                <div className="flex gap-2">
                  <Button size="small" variant="default-outline" onClick={() => setEditing(p)} aria-label={t('workingTime.editOf', { name: p.name })}>
                    {t('common.edit')}
                  </Button>
                  <Button size="small" variant="danger-outline" onClick={() => setDeleting(p)} aria-label={t('workingTime.deleteOf', { name: p.name })}>
                    {t('common.delete')}
                  </Button>
                </div>
              </div>
              <ol className="flex flex-wrap gap-1" aria-label={p.name}>
                {p.days.map((d, i) => (
                  <li
                    key={i}
                    title={`${t('workingTime.dayN', { n: i + 1 })}: ${nameOf(d)}`}
                    className={`min-w-9 rounded px-1.5 py-0.5 text-center text-body-xs ${d === null ? 'bg-bg-washed text-txt-black-700' : 'bg-bg-primary-50 text-txt-primary'}`}
                  >
                    <span className="sr-only">{t('workingTime.dayN', { n: i + 1 })}: </span>
                    {d === null ? t('workingTime.offShort') : shortName(nameOf(d))}
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <PatternFormDialog
          pattern={editing === 'new' ? null : editing}
          schedules={data.schedules}
          onClose={() => setEditing(null)}
          onSaved={(name) => {
            setEditing(null);
            setNotice({ tone: 'success', text: t('workingTime.saved', { name }) });
            void reload();
          }}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('common.confirm')}
        message={deleting ? t('workingTime.confirmDeletePattern', { name: deleting.name }) : ''}
        confirmLabel={t('common.delete')}
        danger
        busy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setDeleting(null)}
      />
    </section>
  );
}

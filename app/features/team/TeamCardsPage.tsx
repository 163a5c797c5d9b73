import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Card } from '../../api/attendance-types';
import { api } from '../../api/client';
import { useSession } from '../../session/session';
import { TextField } from '../../ui/Field';
import { LoadError, Notice, PageHeader, Spinner } from '../../ui/Notice';
import { cardExplanation, cardLevel } from '../../../domain/cards/meaning';
import { useFormat } from '../../ui/useFormat';
import { CardBadge } from './CardBadge';
import { TeamTabs } from './TeamTabs';

type Scope = 'direct' | 'all' | 'org';
type CardMonth = { month: string; fromCard: Card; card: Card; offenceDays: number; offenceDates: string[] };
type Item = {
  officer: { id: string; fullName: string; staffNo: string; unitName: string | null; supervisorName: string | null };
  card: Card;
  setByMonth: string | null;
  since: string | null;
  previousCard: Card | null;
  lastCountedMonth: string | null;
  offenceDays: number;
  offenceDates: string[];
  history: CardMonth[];
};
type Cards = { scope: Scope; items: Item[] };

const ORDER: Card[] = ['MERAH', 'HIJAU', 'KUNING'];

/**
 * The attendance card in force of each officer under the supervisor (or of the whole
 * organisation for an executive or org admin), worst first: since when, from what, and
 * the offence days behind it, filtered by colour.
 */
export function TeamCardsPage() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const { can } = useSession();
  const supervises = can('team.monitor');
  const orgWide = can('org.monitor');
  const [scope, setScope] = useState<Scope>(supervises ? 'direct' : 'org');
  const [data, setData] = useState<Cards | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [filter, setFilter] = useState<Card | ''>('');
  const [q, setQ] = useState('');

  const load = useCallback(async () => {
    setError(null);
    setData(null);
    try {
      setData(await api<Cards>('GET', `/api/team/cards?scope=${scope}`));
    } catch (err) {
      setError(err);
    }
  }, [scope]);
  useEffect(() => {
    void load();
  }, [load]);

  const monthName = f.month;
  const shortDate = (d: string) => (/^\d{4}-\d\d-\d\d$/.test(d) ? f.date(d) : d);
  const counts = new Map<Card, number>();
  for (const i of data?.items ?? []) counts.set(i.card, (counts.get(i.card) ?? 0) + 1);
  const needle = q.trim().toLowerCase();
  const shown = (data?.items ?? []).filter(
    (i) => (!filter || i.card === filter) && (!needle || i.officer.fullName.toLowerCase().includes(needle) || i.officer.staffNo.toLowerCase().includes(needle)),
  );
  const chip = (active: boolean) =>
    `inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-body-xs font-medium ${active ? 'border-otl-primary-300 bg-bg-primary-50 text-txt-primary' : 'border-otl-gray-200 text-txt-black-700'}`;
  const scopes: Scope[] = [...(supervises ? (['direct', 'all'] as const) : []), ...(orgWide ? (['org'] as const) : [])];
  const scopeLabel = { direct: 'teamCards.scopeDirect', all: 'teamCards.scopeAll', org: 'teamCards.scopeOrg' } as const;

  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t('teamCards.title')} />
      {supervises && <TeamTabs />}
      <p className="text-body-sm text-txt-black-700">{t('teamCards.intro')}</p>
      <section aria-labelledby="card-meanings" className="rounded-xl border border-otl-gray-200 p-4 text-body-sm" data-testid="card-meanings">
        <h2 id="card-meanings" className="mb-2 font-semibold">
          {t('teamCards.meanings')}
        </h2>
        <dl className="grid gap-3 md:grid-cols-3">
          {ORDER.map((c) => (
            <div key={c}>
              <dt className="flex items-center gap-1.5 font-semibold">
                <CardSwatch card={c} />
                {t(`att.card.${c}`)} · {cardLevel(c, i18n.language)}
              </dt>
              <dd className="text-txt-black-700 first-letter:uppercase">{cardExplanation(c, i18n.language)}</dd>
            </div>
          ))}
        </dl>
      </section>
      {scopes.length > 1 && (
        <div className="flex flex-wrap gap-2" role="group" aria-label={t('teamCards.scopes')}>
          {scopes.map((s) => (
            <button
              key={s}
              type="button"
              className={chip(scope === s)}
              aria-pressed={scope === s}
              onClick={() => {
                setScope(s);
                setFilter('');
              }}
            >
              {t(scopeLabel[s])}
            </button>
          ))}
        </div>
      )}
      <div className="max-w-sm">
        <TextField label={t('teamCards.search')} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      </div>
      {data && data.items.length > 0 && (
        <div className="flex flex-wrap gap-2" role="group" aria-label={t('teamCards.filter')}>
          <button type="button" className={chip(filter === '')} aria-pressed={filter === ''} onClick={() => setFilter('')}>
            {t('teamCards.all')} ({data.items.length})
          </button>
          {ORDER.map((c) => (
            <button
              key={c}
              type="button"
              className={chip(filter === c)}
              aria-pressed={filter === c}
              onClick={() => setFilter(filter === c ? '' : c)}
              data-testid={`card-filter-${c}`}
            >
              <CardSwatch card={c} />
              {t(`att.card.${c}`)} ({counts.get(c) ?? 0})
            </button>
          ))}
        </div>
      )}
      {error !== null ? (
        <LoadError error={error} onRetry={() => void load()} />
      ) : !data ? (
        <Spinner label={t('common.loading')} />
      ) : data.items.length === 0 ? (
        <Notice>{t('teamCards.empty')}</Notice>
      ) : shown.length === 0 ? (
        <Notice>{t('teamCards.noMatch')}</Notice>
      ) : (
        <ul className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-3" data-testid="team-cards">
          {shown.map((i) => (
            <li key={i.officer.id} className="flex flex-col gap-2 rounded-xl border border-otl-gray-200 p-4 text-body-sm">
              <div className="flex items-start justify-between gap-2">
                <div className="min-w-0">
                  <p className="font-semibold">{i.officer.fullName}</p>
                  <p className="text-body-xs text-txt-black-500">
                    {i.officer.staffNo}
                    {i.officer.unitName ? ` · ${i.officer.unitName}` : ''}
                  </p>
                </div>
                <CardBadge card={i.card} />
              </div>
              <p>
                {!i.since
                  ? t('teamCards.fromStart')
                  : i.previousCard
                    ? t('teamCards.sinceFrom', { month: monthName(i.since), card: t(`att.card.${i.previousCard}`) })
                    : t('teamCards.since', { month: monthName(i.since) })}
              </p>
              {i.lastCountedMonth ? (
                <div>
                  <p className={i.offenceDays > 0 ? 'font-medium text-txt-danger' : ''}>
                    {t('teamCards.offences', { month: monthName(i.lastCountedMonth), count: i.offenceDays })}
                  </p>
                  {i.offenceDates.length > 0 && (
                    <p className="text-body-xs text-txt-black-500">{t('teamCards.offenceDates', { dates: i.offenceDates.map(shortDate).join(', ') })}</p>
                  )}
                </div>
              ) : (
                <p className="text-txt-black-500">{t('teamCards.noOffences')}</p>
              )}
              {i.history.length > 0 && (
                <details className="text-body-xs">
                  <summary className="cursor-pointer font-medium text-txt-black-700">{t('teamCards.history')}</summary>
                  <table className="mt-2 w-full text-left">
                    <thead>
                      <tr className="text-txt-black-500">
                        <th scope="col" className="py-1 font-medium">
                          {t('teamCards.historyMonth')}
                        </th>
                        <th scope="col" className="py-1 font-medium">
                          {t('teamCards.historyCard')}
                        </th>
                        <th scope="col" className="py-1 text-right font-medium">
                          {t('teamCards.historyDays')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {i.history.map((h) => (
                        <tr key={h.month} className="border-t border-otl-divider">
                          <td className="py-1">{monthName(h.month)}</td>
                          <td className="py-1">
                            <span className="inline-flex items-center gap-1.5">
                              <CardSwatch card={h.card} />
                              {t(`att.card.${h.card}`)}
                            </span>
                          </td>
                          <td className="py-1 text-right">{h.offenceDays}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </details>
              )}
              {data.scope !== 'org' && (
                <Link to={`/team/${i.officer.id}`} className="self-start text-body-xs font-medium text-txt-primary underline">
                  {t('teamCards.calendar', { name: i.officer.fullName })}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A small square of the card's colour, beside its name (decorative: the name says it). */
function CardSwatch({ card }: { card: Card }) {
  const tone = { KUNING: 'bg-[#facc15] border-[#a16207]', HIJAU: 'bg-[#15803d] border-[#15803d]', MERAH: 'bg-[#b91c1c] border-[#b91c1c]' }[card];
  return <span aria-hidden="true" className={`inline-block size-3 rounded-sm border ${tone}`} />;
}

import { Button } from '@govtechmy/myds-react/button';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useSession } from '../../session/session';
import { TextField } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { LoadError, Notice, PageHeader, Spinner } from '../../ui/Notice';
import { errorMessage } from '../../ui/errors';
import { useFormat } from '../../ui/useFormat';
import { clockTime, issueText } from '../attendance/format';
import { RuleNote } from '../attendance/RuleNote';
import { AttachmentLinks } from '../issues/AttachmentLinks';

type Decision = 'DILULUSKAN' | 'DITOLAK' | 'DITERIMA' | 'PERLU_MAKLUMAT';
type Pending = {
  kind: 'STATUS' | 'MOVEMENT' | 'HOME' | 'JUSTIFICATION';
  id: string;
  officer: { id: string; fullName: string; staffNo: string };
  createdAt: string;
  date: string | null;
  code: string | null;
  part: string | null;
  note: string | null;
  leaveAt: string | null;
  expectedReturn: string | null;
  destination: string | null;
  purpose: string | null;
  location: { lat: number; lng: number } | null;
  accuracy: number | null;
  address: string | null;
  /** A BDR home: how far it lies from the nearest office site the officer may punch at. */
  office?: { siteName: string; meters: number } | null;
  issue: { code: string; minutes: number | null; rule: string; category: string } | null;
  review: { stage: number; checkedBy: string | null; checkRemark: string | null; hasAttachment: boolean } | null;
  overdue: boolean;
  /** What the server lets the caller decide on it now; `final: false` is a support that passes it on. */
  decisions: { decision: Decision; final: boolean }[];
};
type Decided = { kind: Pending['kind']; id: string; state: string; stage: number | null };

/** The button for each decision; an acceptance that passes the request on is a support. */
const DECISION_LABEL: Record<Decision, (final: boolean) => string> = {
  DILULUSKAN: () => 'approvals.approve',
  DITOLAK: () => 'approvals.reject',
  PERLU_MAKLUMAT: () => 'approvals.askMore',
  DITERIMA: (final) => (final ? 'approvals.accept' : 'approvals.support'),
};

/** "850 m" below a kilometre, "12.4 km" above. */
export function distanceText(meters: number): string {
  return meters < 1000 ? `${Math.round(meters)} m` : `${(meters / 1000).toFixed(1)} km`;
}

/** The reviewer decides what waits for them, with the decisions the server says they may make. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { me } = useSession();
  const tz = me?.organisation?.timeZone ?? 'Asia/Kuala_Lumpur';
  const [items, setItems] = useState<Pending[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const [asking, setAsking] = useState<{ item: Pending; decision: 'DITOLAK' | 'PERLU_MAKLUMAT' } | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());

  const load = useCallback(async () => {
    setError(null);
    try {
      setItems((await api<{ items: Pending[] }>('GET', '/api/approvals')).items);
    } catch (err) {
      setError(err);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const on = (d: string | null) => (d ? f.date(d) : '');
  const what = (p: Pending) =>
    p.kind === 'STATUS'
      ? `${t(`att.status.${p.code}`)} ${on(p.date)}`
      : p.kind === 'MOVEMENT'
        ? `${p.destination} ${on(p.date)}`
        : p.kind === 'JUSTIFICATION' && p.issue
          ? `${issueText({ code: p.issue.code, minutes: p.issue.minutes ?? undefined, rule: p.issue.rule }, t)} ${on(p.date)}`
          : t('approvals.kind.HOME');
  async function decide(p: Pending, decision: Decision, withNote?: string) {
    setBusy(p.id);
    setMessage(null);
    try {
      const r = await api<Decided>('POST', `/api/approvals/${p.kind}/${p.id}/decide`, { decision, note: withNote || undefined });
      // With two review levels the first reviewer's acceptance passes it on: it still waits, for the approver.
      const done = r.state === 'MENUNGGU' ? 'SUPPORTED' : decision;
      setMessage({ tone: 'success', text: t(`approvals.done.${done}`, { what: what(p), name: p.officer.fullName }) });
      await load();
    } catch (err) {
      setMessage({ tone: 'danger', text: errorMessage(err, t) });
    } finally {
      setBusy(null);
      setAsking(null);
      setNote('');
    }
  }

  async function decideChosen(decision: 'DITERIMA' | 'DITOLAK') {
    setBusy('many');
    setMessage(null);
    try {
      const r = await api<{ decided: number; results: Decided[] }>('POST', '/api/approvals/decide-many', {
        items: picked.map((p) => ({ kind: p.kind, id: p.id })),
        decision,
      });
      const supported = r.results.filter((d) => d.state === 'MENUNGGU').length;
      const decided = r.results.length - supported;
      setMessage({
        tone: 'success',
        text: [
          decided > 0 ? t('approvals.manyDone', { count: decided, decision: t(`issues.states.${decision}`) }) : '',
          supported > 0 ? t('approvals.manySupported', { count: supported }) : '',
        ]
          .filter(Boolean)
          .join(' '),
      });
      setChosen(new Set());
      await load();
    } catch (err) {
      setMessage({ tone: 'danger', text: errorMessage(err, t) });
    } finally {
      setBusy(null);
    }
  }
  const picked = (items ?? []).filter((p) => chosen.has(p.id));
  const allMay = (decision: Decision) => picked.length > 0 && picked.every((p) => p.decisions.some((d) => d.decision === decision));
  const toggle = (id: string) =>
    setChosen((c) => {
      const next = new Set(c);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <PageHeader title={t('approvals.title')} />
      <p className="text-body-sm text-txt-black-700">{t('approvals.intro')}</p>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      {chosen.size > 0 && (
        <div className="sticky top-16 z-10 flex flex-wrap items-center gap-2 rounded-xl border border-otl-primary-200 bg-bg-primary-50 p-3 text-body-sm">
          <span className="font-medium">{t('approvals.chosen', { count: chosen.size })}</span>
          <Button size="small" variant="primary-fill" disabled={busy !== null || !allMay('DITERIMA')} onClick={() => void decideChosen('DITERIMA')}>
            {t('approvals.acceptChosen')}
          </Button>
          <Button size="small" variant="danger-outline" disabled={busy !== null || !allMay('DITOLAK')} onClick={() => void decideChosen('DITOLAK')}>
            {t('approvals.rejectChosen')}
          </Button>
        </div>
      )}
      {error ? (
        <LoadError error={error} onRetry={() => void load()} />
      ) : !items ? (
        <Spinner label={t('common.loading')} />
      ) : items.length === 0 ? (
        <Notice>{t('approvals.empty')}</Notice>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="approval-list">
          {items.map((p) => (
            <li key={p.id} className="rounded-xl border border-otl-gray-200 p-4 text-body-sm">
              <div className="flex items-center justify-between gap-2">
                <p className="text-body-xs font-semibold uppercase text-txt-primary">{t(`approvals.kind.${p.kind}`)}</p>
                {p.overdue && (
                  <span className="rounded-full bg-bg-danger-50 px-2 py-0.5 text-body-xs font-semibold text-txt-danger">{t('approvals.overdue')}</span>
                )}
                {p.kind === 'JUSTIFICATION' && (
                  <label className="flex items-center gap-1 text-body-xs">
                    <input type="checkbox" className="size-4" checked={chosen.has(p.id)} onChange={() => toggle(p.id)} />
                    {t('approvals.choose')}
                  </label>
                )}
              </div>
              <p className="font-semibold">
                {p.officer.fullName} <span className="font-normal text-txt-black-500">({p.officer.staffNo})</span>
              </p>
              {p.kind === 'STATUS' && (
                <p>
                  {on(p.date)} · {t(`att.status.${p.code}`)} · {t(`att.part.${p.part}`)}
                  {p.note ? ` — ${p.note}` : ''}
                </p>
              )}
              {p.kind === 'MOVEMENT' && p.leaveAt && p.expectedReturn && (
                <p>
                  {on(p.date)} · {clockTime(p.leaveAt, tz)}–{clockTime(p.expectedReturn, tz)} · {p.destination} · {p.purpose}
                </p>
              )}
              {p.kind === 'JUSTIFICATION' && p.issue && (
                <>
                  <p>
                    <span className="text-txt-danger">{what(p)}</span>
                    <RuleNote code={p.issue.code} rule={p.issue.rule} />
                  </p>
                  <p>
                    {t(`issues.categories.${p.issue.category}`)} — {p.note}
                  </p>
                  {p.review && p.review.stage === 2 && (
                    <p className="text-body-xs text-txt-black-700">
                      {t('approvals.supportedBy', { name: p.review.checkedBy ?? '—' })}
                      {p.review.checkRemark ? ` — ${p.review.checkRemark}` : ''}
                    </p>
                  )}
                  {p.review?.hasAttachment && (
                    <p className="flex flex-wrap gap-3 text-body-xs">
                      <AttachmentLinks justificationId={p.id} label={t('approvals.attachment')} />
                    </p>
                  )}
                </>
              )}
              {p.location && (
                <p className="text-body-xs text-txt-black-500">
                  {t('approvals.location', { latitude: p.location.lat.toFixed(5), longitude: p.location.lng.toFixed(5) })}
                  {p.accuracy ? ` (±${Math.round(p.accuracy)} m)` : ''}
                  {p.address ? ` — ${p.address}` : ''}
                </p>
              )}
              {p.kind === 'HOME' &&
                (p.office ? (
                  <p className="font-medium" data-testid="home-distance">
                    {t('approvals.homeDistance', { distance: distanceText(p.office.meters), site: p.office.siteName })}
                  </p>
                ) : (
                  p.office === null && <p className="text-body-xs text-txt-black-500">{t('approvals.homeNoSite')}</p>
                ))}
              <p className="text-body-xs text-txt-black-500">{t('approvals.submitted', { when: f.dateTime(p.createdAt) })}</p>
              {p.decisions.some((d) => !d.final) && <p className="mt-2 text-body-xs text-txt-black-700">{t('approvals.supportHint')}</p>}
              <div className="mt-3 flex flex-wrap gap-2">
                {p.decisions.map(({ decision, final }) => {
                  const label = t(DECISION_LABEL[decision](final));
                  const asks = decision === 'DITOLAK' || decision === 'PERLU_MAKLUMAT';
                  return (
                    <Button
                      key={decision}
                      size="small"
                      variant={decision === 'DITOLAK' ? 'danger-outline' : decision === 'PERLU_MAKLUMAT' ? 'default-outline' : 'primary-fill'}
                      disabled={busy === p.id}
                      aria-label={`${label}: ${p.officer.fullName}, ${what(p)}`}
                      onClick={() => (asks ? setAsking({ item: p, decision }) : void decide(p, decision))}
                    >
                      {label}
                    </Button>
                  );
                })}
              </div>
            </li>
          ))}
        </ul>
      )}
      {asking && (
        <Modal
          title={t(asking.decision === 'DITOLAK' ? 'approvals.rejectTitle' : 'approvals.askTitle', { name: asking.item.officer.fullName })}
          open
          onClose={() => setAsking(null)}
          footer={
            <>
              <Button variant="default-outline" onClick={() => setAsking(null)}>
                {t('common.cancel')}
              </Button>
              <Button
                variant={asking.decision === 'DITOLAK' ? 'danger-fill' : 'primary-fill'}
                disabled={busy !== null || (asking.decision === 'PERLU_MAKLUMAT' && !note.trim())}
                onClick={() => void decide(asking.item, asking.decision, note)}
              >
                {t(asking.decision === 'DITOLAK' ? 'approvals.reject' : 'approvals.askMore')}
              </Button>
            </>
          }
        >
          <p className="mb-3 text-body-sm">{what(asking.item)}</p>
          <TextField label={t('approvals.note')} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
        </Modal>
      )}
    </div>
  );
}

import { Button } from '@govtechmy/myds-react/button';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, FileBody } from '../../api/client';
import { useSession } from '../../session/session';
import { SelectField, TextField } from '../../ui/Field';
import { ConfirmDialog } from '../../ui/Modal';
import { LoadError, Notice, PageHeader, Spinner } from '../../ui/Notice';
import { errorMessage } from '../../ui/errors';
import { addDays, todayIn } from '../../ui/dates';
import { useApiForm } from '../../ui/useApiForm';
import { useFormat } from '../../ui/useFormat';
import { issueText } from '../attendance/format';
import { RuleNote } from '../attendance/RuleNote';
import { AttachmentLinks } from './AttachmentLinks';

type Issue = {
  id: string;
  date: string;
  code: string;
  minutes: number | null;
  rule: string;
  state: string;
  justification: {
    id: string;
    category: string;
    text: string;
    state: string;
    remark: string | null;
    decidedAt: string | null;
    updatedAt: string;
    stage: number;
    checkRemark: string | null;
    attachment: { fileName: string; contentType: string; sizeBytes: number } | null;
  } | null;
};
/** What the server accepts as an attachment (it checks the bytes too). */
const FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'];
const MAX_BYTES = 5 * 1024 * 1024;
const EDITABLE = new Set(['MENUNGGU', 'PERLU_MAKLUMAT']);
const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);
const CATEGORIES = ['KLINIK_HOSPITAL', 'URUSAN_PERIBADI', 'MESYUARAT', 'KURSUS', 'TUGASAN_LUAR', 'KENDERAAN_ROSAK', 'LAIN_LAIN'] as const;
const ANSWERABLE = new Set([undefined, 'PERLU_MAKLUMAT', 'DIBATALKAN']);

/** The officer's issues of closed days (last 60 days), each with its rule, answered with a justification. */
export function IssuesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { me } = useSession();
  const tz = me?.organisation?.timeZone ?? 'Asia/Kuala_Lumpur';
  const [items, setItems] = useState<Issue[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);

  const load = useCallback(async () => {
    setError(null);
    try {
      const today = todayIn(tz);
      setItems((await api<{ items: Issue[] }>('GET', `/api/issues?from=${addDays(today, -60)}&to=${today}`)).items.reverse());
    } catch (err) {
      setError(err);
    }
  }, [tz]);
  useEffect(() => {
    void load();
  }, [load]);

  async function removeFile(justificationId: string) {
    setRemoving(null);
    setMessage(null);
    try {
      await api('DELETE', `/api/justifications/${justificationId}/attachment`);
      setMessage({ tone: 'success', text: t('issues.fileRemoved') });
      await load();
    } catch (err) {
      setMessage({ tone: 'danger', text: errorMessage(err, t) });
    }
  }

  async function withdraw(i: Issue) {
    setMessage(null);
    try {
      await api('POST', `/api/issues/${i.id}/justification/withdraw`);
      setMessage({ tone: 'success', text: t('issues.withdrawn') });
      await load();
    } catch (err) {
      setMessage({ tone: 'danger', text: errorMessage(err, t) });
    }
  }

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <PageHeader title={t('issues.title')} />
      <p className="text-body-sm text-txt-black-700">{t('issues.intro')}</p>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      {error ? (
        <LoadError error={error} onRetry={() => void load()} />
      ) : !items ? (
        <Spinner label={t('common.loading')} />
      ) : items.length === 0 ? (
        <Notice>{t('issues.empty')}</Notice>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="issue-list">
          {items.map((i) => {
            const j = i.justification;
            return (
              <li key={i.id} className="rounded-xl border border-otl-gray-200 p-4 text-body-sm">
                <p className="font-semibold">
                  {f.date(i.date)} · <span className="text-txt-danger">{issueText({ code: i.code, minutes: i.minutes ?? undefined, rule: i.rule }, t)}</span>
                </p>
                <RuleNote code={i.code} rule={i.rule} />
                {j ? (
                  <div className="mt-1">
                    <p>
                      {t(`issues.categories.${j.category}`)} — {j.text}
                    </p>
                    <p className="text-body-xs font-semibold">
                      {j.state === 'MENUNGGU' && j.stage === 2 ? t('issues.supported') : t(`issues.states.${j.state}`)}
                    </p>
                    {j.checkRemark && <p className="text-body-xs text-txt-black-700">{t('issues.checkRemark', { remark: j.checkRemark })}</p>}
                    {j.remark && <p className="text-body-xs text-txt-black-700">{t('issues.remark', { remark: j.remark })}</p>}
                    {j.attachment && (
                      <p className="mt-1 flex flex-wrap items-center gap-2 text-body-xs">
                        <span>{t('issues.attachment', { name: j.attachment.fileName, size: size(j.attachment.sizeBytes) })}</span>
                        <AttachmentLinks justificationId={j.id} fileName={j.attachment.fileName} />
                        {EDITABLE.has(j.state) && (
                          <button type="button" className="text-txt-danger underline" onClick={() => setRemoving(j.id)}>
                            {t('issues.removeFile')}
                          </button>
                        )}
                      </p>
                    )}
                  </div>
                ) : (
                  <p className="text-body-xs text-txt-black-500">{t('issues.none')}</p>
                )}
                <div className="mt-2 flex flex-wrap gap-2">
                  {ANSWERABLE.has(j?.state) && open !== i.id && (
                    <Button
                      size="small"
                      variant="primary-outline"
                      onClick={() => {
                        setMessage(null);
                        setOpen(i.id);
                      }}
                    >
                      {j ? t('issues.answerAgain') : t('issues.answer')}
                    </Button>
                  )}
                  {(j?.state === 'MENUNGGU' || j?.state === 'PERLU_MAKLUMAT') && (
                    <Button size="small" variant="default-outline" onClick={() => void withdraw(i)}>
                      {t('issues.withdraw')}
                    </Button>
                  )}
                </div>
                {open === i.id && (
                  <AnswerForm
                    issue={i}
                    onDone={async () => {
                      setOpen(null);
                      setMessage({ tone: 'success', text: t('issues.sent') });
                      await load();
                    }}
                    onCancel={() => setOpen(null)}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('common.confirm')}
        message={t('issues.removeFileConfirm')}
        confirmLabel={t('issues.removeFile')}
        danger
        onConfirm={() => removing && void removeFile(removing)}
        onCancel={() => setRemoving(null)}
      />
    </div>
  );
}

function AnswerForm({ issue, onDone, onCancel }: { issue: Issue; onDone: () => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ category: issue.justification?.category ?? 'LAIN_LAIN', text: issue.justification?.text ?? '' });
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const { busy, general, fieldError, submitWith } = useApiForm();
  const pick = (f: File | null) => {
    setFile(null);
    setFileProblem(null);
    if (!f) return;
    if (!FILE_TYPES.includes(f.type)) return setFileProblem(t('issues.fileType'));
    if (f.size > MAX_BYTES) return setFileProblem(t('issues.fileTooLarge'));
    setFile(f);
  };
  const submit = submitWith(async () => {
    const sent = await api<Issue>('POST', `/api/issues/${issue.id}/justification`, form);
    // The answer is sent; the file follows it (a refused file leaves the answer in place, with the reason shown).
    if (file && sent.justification) {
      try {
        await api('PUT', `/api/justifications/${sent.justification.id}/attachment`, new FileBody(file, file.name));
      } catch (err) {
        setFileProblem(t('issues.fileRefused', { reason: errorMessage(err, t) }));
        return;
      }
    }
    await onDone();
  });
  return (
    <form className="mt-3 flex flex-col gap-3 rounded-lg bg-bg-washed p-3" onSubmit={(e) => void submit(e)} noValidate>
      {general && <Notice tone="danger">{general}</Notice>}
      <SelectField
        label={t('issues.category')}
        value={form.category}
        onChange={(e) => setForm({ ...form, category: e.target.value })}
        error={fieldError('category')}
      >
        {CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {t(`issues.categories.${c}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('issues.text')}
        value={form.text}
        maxLength={2000}
        onChange={(e) => setForm({ ...form, text: e.target.value })}
        error={fieldError('text')}
        required
      />
      <div className="flex flex-col gap-1">
        <label htmlFor={`file-${issue.id}`} className="text-body-sm font-medium text-txt-black-700">
          {t('issues.file')}
        </label>
        <input
          id={`file-${issue.id}`}
          type="file"
          accept={FILE_TYPES.join(',')}
          className="text-body-sm"
          aria-describedby={`file-hint-${issue.id}`}
          onChange={(e) => pick(e.target.files?.[0] ?? null)}
        />
        <p id={`file-hint-${issue.id}`} className="text-body-xs text-txt-black-500">
          {t('issues.fileHint')}
        </p>
        {fileProblem && (
          <p role="alert" className="text-body-xs text-txt-danger">
            {fileProblem}
          </p>
        )}
      </div>
      <div className="flex gap-2">
        <Button type="submit" size="small" variant="primary-fill" disabled={busy || form.text.trim().length === 0}>
          {busy ? t('common.saving') : t('issues.send')}
        </Button>
        <Button type="button" size="small" variant="default-outline" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

import { useTranslation } from 'react-i18next';

/**
 * A justification's attachment: "view" opens the PDF or image in the browser's own viewer in
 * a new tab (the server sends it inline under `Content-Security-Policy: sandbox`, so nothing
 * in it can run with the app's rights); "download" keeps the file.
 */
export function AttachmentLinks({ justificationId, fileName, label }: { justificationId: string; fileName?: string; label?: string }) {
  const { t } = useTranslation();
  const url = `/api/justifications/${justificationId}/attachment`;
  return (
    <>
      <a className="text-txt-primary underline" href={`${url}?inline=1`} target="_blank" rel="noopener noreferrer" data-testid="attachment-view">
        {label ?? t('issues.viewFile')}
        <span className="sr-only"> {t('issues.newTab')}</span>
      </a>
      <a className="text-txt-primary underline" href={url} download={fileName ?? true}>
        {t('issues.downloadFile')}
      </a>
    </>
  );
}

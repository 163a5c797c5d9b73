import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@govtechmy/myds-react/button';

/** A modal on the native <dialog>: focus is trapped, Escape closes it. */
export function Modal({
  title,
  open,
  onClose,
  children,
  footer,
}: {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const { t } = useTranslation();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby="modal-title"
      onClose={onClose}
      className="w-[calc(100%-2rem)] max-w-xl rounded-xl border border-otl-gray-200 bg-bg-white p-0 text-txt-black-900 shadow-xl"
    >
      {open && (
        <div className="flex max-h-[85vh] flex-col">
          <div className="flex items-center justify-between border-b border-otl-divider px-5 py-4">
            <h2 id="modal-title" className="font-heading text-body-lg font-semibold">
              {title}
            </h2>
            <Button variant="default-ghost" size="small" onClick={onClose} aria-label={t('common.close')}>
              ✕
            </Button>
          </div>
          <div className="overflow-y-auto px-5 py-4">{children}</div>
          {footer && <div className="flex flex-wrap justify-end gap-2 border-t border-otl-divider px-5 py-3">{footer}</div>}
        </div>
      )}
    </dialog>
  );
}

/** Asks before a destructive or important action. */
export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel,
  danger,
  busy,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={title}
      onClose={onCancel}
      footer={
        <>
          <Button variant="default-outline" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button variant={danger ? 'danger-fill' : 'primary-fill'} onClick={onConfirm} disabled={busy}>
            {busy ? t('common.saving') : confirmLabel}
          </Button>
        </>
      }
    >
      <p className="text-body-sm">{message}</p>
    </Modal>
  );
}

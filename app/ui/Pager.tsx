import { Button } from '@govtechmy/myds-react/button';
import { useTranslation } from 'react-i18next';

export function Pager({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage: (p: number) => void }) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav aria-label={t('common.pagination')} className="mt-4 flex flex-wrap items-center justify-between gap-2 text-body-sm text-txt-black-700">
      <span>{t('common.pageOf', { page, pages, total })}</span>
      <div className="flex gap-2">
        <Button variant="default-outline" size="small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t('common.previous')}
        </Button>
        <Button variant="default-outline" size="small" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          {t('common.next')}
        </Button>
      </div>
    </nav>
  );
}

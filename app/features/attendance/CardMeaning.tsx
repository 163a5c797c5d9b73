import { useTranslation } from 'react-i18next';
import { cardLevel, cardMeaning, offenceDayNote } from '../../../domain/cards/meaning';
import type { Card } from '../../api/attendance-types';
import { CARD_TONE } from '../team/CardBadge';

/**
 * The officer's own card as a badge that opens to say what the colour means and what
 * moves it: green is the first warning, never good news.
 */
export function CardMeaning({ card }: { card: Card }) {
  const { t, i18n } = useTranslation();
  return (
    <details className="group max-w-md text-body-sm" data-testid="card-colour">
      <summary className={`inline-flex cursor-pointer list-none items-center gap-1 rounded-full border px-3 py-1 font-semibold ${CARD_TONE[card]}`}>
        {t('att.cardLabel')}: {t(`att.card.${card}`)} ({cardLevel(card, i18n.language)})
        <span aria-hidden="true" className="text-body-xs group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="mt-2 rounded-lg border border-otl-gray-200 bg-bg-white p-3 text-txt-black-700 shadow-sm">
        <p className="font-semibold">{t('att.cardMeaningTitle')}</p>
        <p className="mt-1">{cardMeaning(card, i18n.language)}</p>
        <p className="mt-1 text-body-xs text-txt-black-500">
          {offenceDayNote(i18n.language)} {t('myAtt.cardHistory')}
        </p>
      </div>
    </details>
  );
}

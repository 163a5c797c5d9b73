import { useTranslation } from 'react-i18next';
import { cardLevel } from '../../../domain/cards/meaning';
import type { Card } from '../../api/attendance-types';

/** Card colours with text that keeps AA contrast on them (4.5:1 or better). */
export const CARD_TONE: Record<Card, string> = {
  KUNING: 'bg-[#facc15] text-black border-[#a16207]',
  HIJAU: 'bg-[#15803d] text-white border-[#15803d]',
  MERAH: 'bg-[#b91c1c] text-white border-[#b91c1c]',
};

/** An attendance card as a coloured badge that also says its colour and its level in words (never colour alone). */
export function CardBadge({ card, className = '' }: { card: Card; className?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <span
      className={`inline-flex shrink-0 items-center rounded-full border px-2.5 py-0.5 text-body-xs font-semibold ${CARD_TONE[card]} ${className}`}
      data-card={card}
    >
      {t('teamCards.badge', { card: t(`att.card.${card}`) })} · {cardLevel(card, i18n.language)}
    </span>
  );
}

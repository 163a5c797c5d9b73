import { addDays } from '../day/local-time';

/**
 * Pregnancy early leave (R15, PP Bil. 11/2017): valid from the approved start date
 * until the earlier of the day after the approved end date and the start of maternity
 * leave (both exclusive: valid on `to + 1 day` only if maternity leave has not begun).
 */
export function pregnancyAppliesOn(approvals: readonly { from: string; to: string; maternityFrom?: string }[], date: string): boolean {
  return approvals.some((a) => {
    const until = [addDays(a.to, 1), a.maternityFrom].filter((d): d is string => Boolean(d)).sort()[0] ?? a.to;
    return a.from <= date && (date < until || (date === until && until !== a.maternityFrom));
  });
}

export const PREGNANCY_EARLY_MINUTES = 60;

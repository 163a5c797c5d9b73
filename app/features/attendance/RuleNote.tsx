import { useTranslation } from 'react-i18next';
import { RULE_SOURCES, ruleOfIssue } from '../../../domain/day/issue-rules';

/**
 * The rule behind an issue in words, with the circular it comes from
 * ("Lewat — daftar masuk selepas 09:00 · PP Bil. 5/2019"); the rule's code is kept
 * in the tooltip for support staff.
 */
export function RuleNote({ code, rule, className = '' }: { code: string; rule: string; className?: string }) {
  const { t } = useTranslation();
  const id = ruleOfIssue(code, rule);
  const words = id ? `${t(`att.ruleName.${id}`)} · ${RULE_SOURCES[id] ?? t(`att.ruleOwn.${id}`)}` : t('att.rule', { rule });
  return (
    <span className={`block text-body-xs font-normal text-txt-black-500 ${className}`} title={t('att.rule', { rule: id ?? rule })} data-rule={id ?? rule}>
      {words}
    </span>
  );
}

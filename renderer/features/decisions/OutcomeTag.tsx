import { useTranslation } from 'react-i18next';
import { OUTCOMES, type Outcome } from '../../../shared/model/proposals';

const isOutcome = (value: string): value is Outcome => (OUTCOMES as readonly string[]).includes(value);

/** An outcome as a tag: its word carries the meaning, the colour only helps. A log entry may hold one from a newer version: shown as written. */
export function OutcomeTag({ outcome }: { outcome: string }) {
  const { t } = useTranslation();
  return <span className={`tag tag--outcome tag--${isOutcome(outcome) ? outcome : 'unknown'}`}>{isOutcome(outcome) ? t(`decisions.outcomes.${outcome}`) : outcome}</span>;
}

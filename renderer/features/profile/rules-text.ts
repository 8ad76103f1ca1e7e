/** The decision rules in a sentence, and the messages for problems found in them. */
import type { TFunction } from 'i18next';
import type { DecisionRules, RulesProblem } from '../../../shared/model/decision-rules';
import type { WorkspaceProfileProblem } from '../../../shared/model/workspace';
import { PURPOSE_MAX, WORKSPACE_NAME_MAX } from '../../../shared/model/workspace';

/** "Consensus · quorum more than 50 % of voting members". */
export function describeRules(t: TFunction, rules: DecisionRules, locale: string): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const method =
    rules.method === 'qualified-majority'
      ? `${t('rules.methods.qualified-majority')} (${number.format(rules.threshold)} %)`
      : t(`rules.methods.${rules.method}`);
  const quorum =
    rules.quorum.kind === 'count'
      ? t('rules.summaryQuorumCount', { count: rules.quorum.count })
      : t('rules.summaryQuorumShare', {
          comparison: t(`rules.comparisons.${rules.quorum.comparison}`).toLocaleLowerCase(locale),
          percent: number.format(rules.quorum.percent),
        });
  return `${method} · ${quorum}`;
}

export function rulesProblemMessage(t: TFunction, problem: RulesProblem): string {
  switch (problem.code) {
    case 'threshold-out-of-range':
      return t('rules.thresholdRange');
    case 'count-not-whole':
      return t('rules.countNotWhole');
    case 'count-too-small':
      return t('rules.countTooSmall');
    case 'above-voting-members':
      return t('rules.aboveVotingMembers', { max: problem.max });
    case 'percent-out-of-range':
      return t('rules.percentRange');
    case 'share-impossible':
      return t('rules.shareImpossible');
    case 'voters-required':
      return t('rules.votersRequired');
    case 'voters-overlap':
      return t('rules.votersOverlap');
    default:
      return t('rules.invalid');
  }
}

export function profileProblemMessage(t: TFunction, problem: WorkspaceProfileProblem): string {
  switch (problem.field) {
    case 'name':
      return problem.code === 'name-required' ? t('profilePage.nameRequired') : t('profilePage.nameTooLong', { max: WORKSPACE_NAME_MAX });
    case 'purpose':
      return t('profilePage.tooLong', { max: PURPOSE_MAX });
    case 'vision':
    case 'values':
      return t('profilePage.tooLong', { max: problem.max });
    case 'languages':
      return problem.code === 'too-many'
        ? t('profilePage.languagesTooMany', { max: problem.max })
        : t('profilePage.languageTooLong', { max: problem.max });
    default:
      return t('profilePage.invalid');
  }
}

import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  DECISION_METHODS,
  QUORUM_COMPARISONS,
  VOTER_KINDS,
  quorumRequired,
  validateDecisionRules,
  votingMembers,
  type DecisionMethod,
  type DecisionRules,
  type Quorum,
  type QuorumComparison,
  type RulesProblem,
  type VoterKind,
} from '../../../shared/model/decision-rules';
import type { Member } from '../../../shared/model/members';
import { formatTypedNumber, parseTypedNumber } from '../../../shared/model/numbers';
import { writeDecisionRules } from '../../../shared/sync/workspace-doc';
import { Field } from '../../ui/Field';
import { currentLocale } from '../../i18n/i18n';
import { useFocusFirstInvalid } from '../members/focus-invalid';
import { today } from '../members/member-text';
import { rulesProblemMessage } from './rules-text';

interface Fields {
  method: DecisionMethod;
  threshold: string;
  quorumKind: Quorum['kind'];
  quorumCount: string;
  quorumPercent: string;
  quorumComparison: QuorumComparison;
  whoMayVote: VoterKind[];
  blockStopsConsensus: boolean;
}

function fieldsOf(rules: DecisionRules, decimalComma: boolean, voters: number): Fields {
  const { quorum } = rules;
  return {
    method: rules.method,
    threshold: formatTypedNumber(rules.threshold, decimalComma),
    quorumKind: quorum.kind,
    // When switching kinds, the other kind starts from what the current rule means today.
    quorumCount: String(quorum.kind === 'count' ? quorum.count : quorumRequired(quorum, voters)),
    quorumPercent: formatTypedNumber(quorum.kind === 'share' ? quorum.percent : 50, decimalComma),
    quorumComparison: quorum.kind === 'share' ? quorum.comparison : 'more-than',
    whoMayVote: rules.whoMayVote,
    blockStopsConsensus: rules.blockStopsConsensus,
  };
}

function rulesOf(fields: Fields): DecisionRules {
  return {
    method: fields.method,
    threshold: parseTypedNumber(fields.threshold),
    quorum:
      fields.quorumKind === 'count'
        ? { kind: 'count', count: parseTypedNumber(fields.quorumCount) }
        : { kind: 'share', percent: parseTypedNumber(fields.quorumPercent), comparison: fields.quorumComparison },
    whoMayVote: fields.whoMayVote,
    blockStopsConsensus: fields.blockStopsConsensus,
  };
}

/**
 * The decision rules: method (with the qualified-majority threshold), quorum as a
 * count or a share of voting members, who may vote, and whether a block stops a
 * consensus. Nothing is written unless all of it is valid.
 */
export function RulesForm({ doc, rules, members }: { doc: Y.Doc; rules: DecisionRules; members: readonly Member[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const decimalComma = locale === 'fr';
  const [edits, setEdits] = useState<Partial<Fields>>({});
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState<'saved' | 'not-saved' | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const ids = { votersError: useId(), blockHint: useId(), quorumError: useId() };
  useFocusFirstInvalid(formRef, attempt);

  const storedVoters = votingMembers(members, rules.whoMayVote, today()).length;
  const fields: Fields = { ...fieldsOf(rules, decimalComma, storedVoters), ...edits };
  const voters = votingMembers(members, fields.whoMayVote, today()).length;
  const draft = rulesOf(fields);
  const draftProblems = validateDecisionRules(draft, { votingMembers: voters });
  // Problems show from the first refused save on, and clear as they are fixed.
  const problems: RulesProblem[] = attempt > 0 ? draftProblems : [];
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => {
    setEdits((current) => ({ ...current, [key]: value }));
    setStatus(null);
  };
  const error = (field: RulesProblem['field']) => {
    const problem = problems.find((candidate) => candidate.field === field);
    return problem ? rulesProblemMessage(t, problem) : null;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draftProblems.length > 0) {
      setStatus('not-saved');
      setAttempt((count) => count + 1);
      return;
    }
    writeDecisionRules(doc, draft);
    setEdits({});
    setAttempt(0);
    setStatus('saved');
  };

  const quorumError = error('quorum');
  const votersError = error('whoMayVote');
  const quorumValid = !draftProblems.some((problem) => problem.field === 'quorum');

  return (
    <form ref={formRef} className="profile-form" onSubmit={submit} noValidate aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('rules.heading')}</h2>
      <p className="field__hint">{t('rules.intro')}</p>

      <fieldset className="profile-section">
        <legend>{t('rules.method')}</legend>
        <div className="basis-list">
          {DECISION_METHODS.map((method) => (
            <label key={method} className="choice-card choice-card--wide">
              <input type="radio" name="decision-method" value={method} checked={fields.method === method} onChange={() => set('method', method)} />
              <span>
                <strong>{t(`rules.methods.${method}`)}</strong>
                <span className="choice-card__help">{t(`rules.methodHelp.${method}`)}</span>
              </span>
            </label>
          ))}
        </div>
        {fields.method === 'qualified-majority' ? (
          <Field label={t('rules.threshold')} hint={t('rules.thresholdHint')} error={error('threshold')}>
            {(props) => (
              <input {...props} className="input input--number" inputMode="decimal" value={fields.threshold} onChange={(event) => set('threshold', event.target.value)} />
            )}
          </Field>
        ) : null}
        <div className="field">
          <label className="check">
            <input
              type="checkbox"
              checked={fields.blockStopsConsensus}
              onChange={(event) => set('blockStopsConsensus', event.target.checked)}
              aria-describedby={ids.blockHint}
            />
            {t('rules.blockStops')}
          </label>
          <p className="field__hint" id={ids.blockHint}>
            {t('rules.blockStopsHint')}
          </p>
        </div>
      </fieldset>

      <fieldset className="profile-section" aria-describedby={quorumError ? ids.quorumError : undefined}>
        <legend>{t('rules.quorum')}</legend>
        <p className="field__hint">{t('rules.quorumHint')}</p>
        <div className="choice-row">
          {(['share', 'count'] as const).map((kind) => (
            <label key={kind} className="check">
              <input type="radio" name="quorum-kind" value={kind} checked={fields.quorumKind === kind} onChange={() => set('quorumKind', kind)} />
              {t(`rules.quorumKinds.${kind}`)}
            </label>
          ))}
        </div>
        {fields.quorumKind === 'count' ? (
          <Field label={t('rules.quorumCount')} error={quorumError}>
            {(props) => (
              <input {...props} className="input input--number" inputMode="numeric" value={fields.quorumCount} onChange={(event) => set('quorumCount', event.target.value)} />
            )}
          </Field>
        ) : (
          <div className="field-row field-row--narrow">
            <Field label={t('rules.quorumComparison')}>
              {(props) => (
                <select {...props} className="input" value={fields.quorumComparison} onChange={(event) => set('quorumComparison', event.target.value as QuorumComparison)}>
                  {QUORUM_COMPARISONS.map((comparison) => (
                    <option key={comparison} value={comparison}>
                      {t(`rules.comparisons.${comparison}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('rules.quorumPercent')} error={quorumError}>
              {(props) => (
                <input
                  {...props}
                  className="input input--number"
                  inputMode="decimal"
                  value={fields.quorumPercent}
                  onChange={(event) => set('quorumPercent', event.target.value)}
                />
              )}
            </Field>
          </div>
        )}
        <p className="field__hint" aria-live="polite">
          {voters === 0
            ? t('rules.noVotingMembers')
            : quorumValid
              ? t('rules.quorumToday', { count: voters, required: quorumRequired(draft.quorum, voters) })
              : ''}
        </p>
      </fieldset>

      <fieldset className="profile-section" aria-describedby={votersError ? ids.votersError : undefined}>
        <legend>{t('rules.whoMayVote')}</legend>
        <div className="basis-list">
          {VOTER_KINDS.map((kind) => (
            <label key={kind} className="check">
              <input
                type="checkbox"
                checked={fields.whoMayVote.includes(kind)}
                aria-invalid={votersError ? true : undefined}
                onChange={(event) =>
                  set(
                    'whoMayVote',
                    event.target.checked ? VOTER_KINDS.filter((k) => k === kind || fields.whoMayVote.includes(k)) : fields.whoMayVote.filter((k) => k !== kind),
                  )
                }
              />
              {t(`rules.voters.${kind}`)}
            </label>
          ))}
        </div>
        {votersError ? (
          <p className="field__error" id={ids.votersError} role="alert">
            {votersError}
          </p>
        ) : null}
      </fieldset>

      <div className="form-footer">
        <button type="submit" className="button button--primary">
          {t('rules.save')}
        </button>
        <p className={`form-footer__status${status === 'not-saved' ? ' form-footer__status--error' : ''}`} role="status">
          {status === 'saved' ? t('rules.saved') : status === 'not-saved' ? t('rules.notSaved') : ''}
        </p>
      </div>
    </form>
  );
}

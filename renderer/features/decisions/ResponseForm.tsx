import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Electorate } from '../../../shared/model/electorate';
import type { Member } from '../../../shared/model/members';
import { positionInfo, responseScale } from '../../../shared/model/proposal-methods';
import { currentResponses, REASON_MAX } from '../../../shared/model/proposals';
import type { StoredProposal } from '../../../shared/sync/proposals-doc';
import { answerProposal } from './decision-actions';
import { decisionErrorMessage, positionLabel } from './decision-text';

interface Props {
  doc: Y.Doc;
  proposal: StoredProposal;
  electorate: Electorate;
  members: readonly Member[];
  meId: string | null;
}

type Status = { kind: 'recorded'; replaced: boolean; forName?: string } | { kind: 'error'; message: string } | null;

/**
 * A member answers from their own computer; the secretary may also record the answer of
 * someone else ("recorded by"). Answering again replaces the answer and keeps the earlier one.
 */
export function ResponseForm({ doc, proposal, electorate, members, meId }: Props) {
  const { t } = useTranslation();
  const mayRecord = meId !== null && electorate.mayRecord(meId);
  const mySeat = meId === null ? undefined : electorate.seatOf(meId);
  // Who the secretary may answer for: everyone holding or standing in for a seat.
  const answerable = members.filter((member) => electorate.seatOf(member.id) !== undefined);
  const [forId, setForId] = useState<string>(mySeat !== undefined ? (meId as string) : (answerable[0]?.id ?? ''));
  const seat = electorate.seatOf(forId);
  const standing = seat === undefined ? undefined : currentResponses(proposal).get(seat);
  const [position, setPosition] = useState<string>('');
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [reasonMissing, setReasonMissing] = useState(false);

  if (meId === null) return <p className="notice">{t('decisions.respond.chooseWhoYouAre')}</p>;
  if (mySeat === undefined && !mayRecord) return <p className="notice">{t('decisions.errors.not-eligible')}</p>;

  const info = positionInfo(proposal.method, position);
  const submit = () => {
    setStatus(null);
    if (!info) {
      setStatus({ kind: 'error', message: t('decisions.errors.invalid-position') });
      return;
    }
    if (info.reasonRequired && !reason.trim()) {
      setReasonMissing(true);
      return;
    }
    setReasonMissing(false);
    const result = answerProposal(doc, proposal.id, electorate, {
      by: forId,
      position,
      reason,
      ...(forId !== meId ? { recordedBy: meId } : {}),
      at: new Date().toISOString(),
    });
    if (!result.ok) {
      setStatus({ kind: 'error', message: decisionErrorMessage(t, result.error) });
      return;
    }
    setStatus({ kind: 'recorded', replaced: result.replaced !== undefined, ...(forId !== meId ? { forName: members.find((m) => m.id === forId)?.name ?? '' } : {}) });
    setPosition('');
    setReason('');
  };

  return (
    <form
      className="response-form"
      aria-labelledby="respond-title"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2 id="respond-title">{t('decisions.respond.title')}</h2>
      {mayRecord ? (
        <div className="field">
          <label className="field__label" htmlFor="respond-for">
            {t('decisions.respond.for')}
          </label>
          <select id="respond-for" className="input" value={forId} onChange={(event) => setForId(event.target.value)}>
            {answerable.map((member) => (
              <option key={member.id} value={member.id}>
                {member.id === meId ? t('decisions.respond.myself', { name: member.name }) : member.name}
              </option>
            ))}
          </select>
          <p className="field__hint">{t('decisions.respond.forHint')}</p>
        </div>
      ) : null}
      {standing ? (
        <p className="field__hint" data-testid="standing-response">
          {t('decisions.respond.standing', { position: positionLabel(t, proposal.method, standing.position) })}
        </p>
      ) : null}
      <fieldset className="choice-group position-scale">
        <legend>{t('decisions.respond.position')}</legend>
        {responseScale(proposal.method).map((option, index) => (
          <label key={option.position} className={`position-option position-option--${option.stance}`}>
            <input type="radio" name="position" value={option.position} checked={position === option.position} onChange={() => setPosition(option.position)} />
            <span className="position-option__label">
              {scaleNumber(proposal.method, index)}
              {t(option.labelKey)}
            </span>
            <span className="position-option__hint">{t(option.hintKey)}</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label className="field__label" htmlFor="respond-reason">
          {info?.reasonRequired ? t('decisions.respond.reasonRequired') : t('decisions.respond.reason')}
        </label>
        <textarea
          id="respond-reason"
          className="input"
          rows={3}
          maxLength={REASON_MAX}
          value={reason}
          aria-invalid={reasonMissing || undefined}
          aria-describedby={reasonMissing ? 'respond-reason-error' : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        {reasonMissing ? (
          <p id="respond-reason-error" className="field__error" role="alert">
            {t('decisions.errors.reason-required')}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button button--primary">
        {standing ? t('decisions.respond.change') : t('decisions.respond.submit')}
      </button>
      <div aria-live="polite">
        {status?.kind === 'recorded' ? (
          <p className="notice notice--success">
            {status.forName !== undefined
              ? t('decisions.respond.recordedFor', { name: status.forName })
              : status.replaced
                ? t('decisions.respond.replaced')
                : t('decisions.respond.recorded')}
          </p>
        ) : null}
      </div>
      {status?.kind === 'error' ? (
        <p className="notice notice--error" role="alert">
          {status.message}
        </p>
      ) : null}
    </form>
  );
}

/** Gradients of Agreement are known by their numbers (1 to 8): keep them beside the words. */
function scaleNumber(method: StoredProposal['method'], index: number): string {
  return method === 'gradients' ? `${index + 1}. ` : '';
}

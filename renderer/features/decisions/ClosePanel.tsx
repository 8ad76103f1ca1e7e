import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Electorate } from '../../../shared/model/electorate';
import { computeOutcome, type OutcomeResult } from '../../../shared/model/proposal-outcome';
import { canTransition, readLifecycle } from '../../../shared/sync/document-lifecycle';
import { RATIONALE_MAX, type StoredProposal } from '../../../shared/sync/proposals-doc';
import { closeProposal } from './decision-actions';
import { decisionErrorMessage, reasonsText } from './decision-text';
import { OutcomeTag } from './OutcomeTag';

interface Props {
  doc: Y.Doc;
  proposal: StoredProposal;
  electorate: Electorate;
  meId: string;
  meName: string;
  attendance: readonly string[];
  preview: OutcomeResult;
  documentTitle?: string;
}

/**
 * The chair, a co-chair or the secretary confirms the computed outcome — or defers the
 * proposal — with a rationale; without quorum, only an explicit override (recorded with
 * the decision) lets a decision be confirmed.
 */
export function ClosePanel({ doc, proposal, electorate, meId, meName, attendance, preview, documentTitle }: Props) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<'confirm' | 'defer'>('confirm');
  const [override, setOverride] = useState(false);
  const [rationale, setRationale] = useState('');
  const [adopt, setAdopt] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const noQuorum = !preview.tally.quorumPresent;
  // What confirming will record: with the override, the method's outcome as if the quorum were there.
  const shown = noQuorum && override && choice === 'confirm' ? computeOutcome(proposal, electorate, { attendance, overrideQuorum: true }) : preview;
  const link = proposal.document;
  const mayAdoptDocument = link !== undefined && documentTitle !== undefined && canTransition(readLifecycle(doc, link.documentId).status, 'adopted');

  const submit = async () => {
    setError(null);
    if (choice === 'confirm' && noQuorum && !override) {
      setError(t('decisions.errors.no-quorum'));
      return;
    }
    setBusy(true);
    try {
      const result = await closeProposal(doc, proposal.id, electorate, {
        by: meId,
        at: new Date().toISOString(),
        rationale,
        attendance,
        overrideQuorum: choice === 'confirm' && noQuorum && override,
        defer: choice === 'defer',
        ...(mayAdoptDocument && adopt ? { adoptDocument: { name: meName } } : {}),
      });
      // On success the proposal closes and the page shows the outcome (it follows the Y.Doc).
      if (!result.ok) setError(decisionErrorMessage(t, result.error));
    } catch (failure) {
      console.error('close proposal', failure);
      setError(t('decisions.errors.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="close-panel"
      aria-labelledby="close-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="close-title">{t('decisions.close.title')}</h2>
      <p>
        {t('decisions.close.computed')} <OutcomeTag outcome={shown.outcome} /> {reasonsText(t, shown.reasons)}
      </p>
      <fieldset className="choice-group">
        <legend>{t('decisions.close.choice')}</legend>
        <label className="check">
          <input type="radio" name="close-choice" checked={choice === 'confirm'} onChange={() => setChoice('confirm')} />{' '}
          {t('decisions.close.confirmComputed')}
        </label>
        <label className="check">
          <input type="radio" name="close-choice" checked={choice === 'defer'} onChange={() => setChoice('defer')} /> {t('decisions.close.defer')}
        </label>
      </fieldset>
      {noQuorum && choice === 'confirm' ? (
        <div className="notice notice--warning">
          <p>{t('decisions.close.noQuorum', { present: preview.tally.present, required: preview.tally.quorumRequired })}</p>
          <label className="check">
            <input type="checkbox" checked={override} onChange={(event) => setOverride(event.target.checked)} /> {t('decisions.close.override')}
          </label>
        </div>
      ) : null}
      <div className="field">
        <label className="field__label" htmlFor="close-rationale">
          {t('decisions.close.rationale')}
        </label>
        <textarea id="close-rationale" className="input" rows={3} maxLength={RATIONALE_MAX} value={rationale} onChange={(event) => setRationale(event.target.value)} />
        <p className="field__hint">{t('decisions.close.rationaleHint')}</p>
      </div>
      {mayAdoptDocument && choice === 'confirm' && shown.outcome === 'adopted' ? (
        <label className="check">
          <input type="checkbox" checked={adopt} onChange={(event) => setAdopt(event.target.checked)} /> {t('decisions.close.adoptDocument', { title: documentTitle })}
        </label>
      ) : null}
      <p>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('decisions.close.submit')}
        </button>
      </p>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}

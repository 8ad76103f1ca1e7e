import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import i18next, { type TFunction } from 'i18next';
import type * as Y from 'yjs';
import { FIELD_PREFIX } from '../../../shared/model/decision-log-hash';
import { verifyDecisionLog, type LogProblem, type LogVerification } from '../../../shared/sync/decision-log';
import { rememberedHashes } from './remembered-log';

/** Names a field of an entry as people know it; a key from a newer version is shown as it is. */
function fieldName(t: TFunction, field: string): string {
  const key = field.startsWith(FIELD_PREFIX) ? field.slice(FIELD_PREFIX.length) : field;
  const message = `decisions.log.fieldNames.${key}`;
  return i18next.exists(message) ? t(message) : key;
}

const short = (hash?: string) => (hash ? hash.slice(0, 12) : '');

export function problemText(t: TFunction, problem: LogProblem): string {
  switch (problem.kind) {
    case 'altered':
      return problem.field
        ? t('decisions.verify.alteredField', { number: problem.number, field: fieldName(t, problem.field) })
        : t('decisions.verify.rewritten', { number: problem.number });
    case 'missing':
      return problem.referencedBy && problem.referencedBy.length > 0
        ? t('decisions.verify.missingBefore', { numbers: problem.referencedBy.join(', '), hash: short(problem.hash) || '—' })
        : t('decisions.verify.missing', { hash: short(problem.hash) || '—' });
    case 'bad-parent':
      return t('decisions.verify.badParent', { number: problem.number, hash: short(problem.hash) });
    case 'malformed':
      return t('decisions.verify.malformed', { id: problem.entryId ?? '' });
  }
}

/**
 * "Verify the log": recomputes every entry's fingerprint, checks none is missing, and
 * compares with what this computer saw before. Runs offline, on this computer's copy.
 */
export function VerifyLogPanel({ doc, workspaceId, onResult }: { doc: Y.Doc; workspaceId: string; onResult: (result: LogVerification) => void }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<LogVerification | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const verify = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const verification = await verifyDecisionLog(doc, { remembered: rememberedHashes(workspaceId) });
      setResult(verification);
      onResult(verification);
    } catch (error) {
      console.error('verify log', error);
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="verify-panel" aria-labelledby="verify-title">
      <h2 id="verify-title" className="visually-hidden">
        {t('decisions.verify.title')}
      </h2>
      <button type="button" className="button" onClick={() => void verify()} disabled={busy}>
        {busy ? t('decisions.verify.running') : t('decisions.verify.button')}
      </button>
      <div aria-live="polite" data-testid="verify-result">
        {result?.ok ? <p className="notice notice--success">{t('decisions.verify.intact', { count: result.count })}</p> : null}
        {result && !result.ok ? (
          <div className="notice notice--error">
            <p>
              <strong>{t('decisions.verify.problems', { count: result.problems.length })}</strong>
            </p>
            <ul>
              {result.problems.map((problem, index) => (
                <li key={`${problem.kind}-${problem.entryId ?? ''}-${problem.field ?? ''}-${index}`}>{problemText(t, problem)}</li>
              ))}
            </ul>
            <p>{t('decisions.verify.whatToDo')}</p>
          </div>
        ) : null}
        {failed ? (
          <p className="notice notice--error" role="alert">
            {t('decisions.verify.failed')}
          </p>
        ) : null}
      </div>
    </section>
  );
}

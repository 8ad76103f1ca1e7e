import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { DocumentEntry } from '../../../shared/model/document';
import { adoptDocument, DECISION_REFERENCE_MAX, validateAdoption } from '../../../shared/sync/document-lifecycle';
import { listDecisions } from '../../../shared/sync/decision-log';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { Field } from '../../ui/Field';
import { today } from '../members/member-text';

interface Props {
  workspaceDoc: Y.Doc;
  entry: DocumentEntry;
  author: { name: string };
  onClose: () => void;
}

/** Records when, and by which decision, the document was adopted. */
export function AdoptDialog({ workspaceDoc, entry, author, onClose }: Props) {
  const { t } = useTranslation();
  const [adoptedOn, setAdoptedOn] = useState(today);
  const [decision, setDecision] = useState('');
  // Adopted decisions of the log, newest first: choosing one links the adoption to its entry.
  const [logEntries] = useState(() => listDecisions(workspaceDoc).filter((logEntry) => logEntry.fields.outcome === 'adopted').reverse());
  const [entryId, setEntryId] = useState('');
  const [problem, setProblem] = useState<ReturnType<typeof validateAdoption> | 'failed'>(null);

  const submit = () => {
    const found = validateAdoption({ adoptedOn, decision });
    setProblem(found);
    if (found) return;
    const result = adoptDocument(workspaceDoc, entry.id, { adoptedOn, decision, ...(entryId ? { entryId } : {}) }, { name: author.name, at: Date.now() });
    if (result === 'ok') onClose();
    else setProblem('failed');
  };
  return (
    <Dialog
      title={t('lifecycle.adoptTitle')}
      onClose={onClose}
      onSubmit={submit}
      actions={<DialogActions cancelLabel={t('lifecycle.cancel')} submitLabel={t('lifecycle.confirmAdopt')} busy={false} onCancel={onClose} />}
    >
      <p>{t('lifecycle.adoptHelp', { title: entry.title })}</p>
      <Field label={t('lifecycle.adoptedOn')} error={problem === 'date-required' ? t('lifecycle.dateRequired') : null}>
        {(props) => <input {...props} type="date" className="input" value={adoptedOn} required onChange={(event) => setAdoptedOn(event.target.value)} />}
      </Field>
      {logEntries.length > 0 ? (
        <Field label={t('lifecycle.logEntry')} hint={t('lifecycle.logEntryHint')}>
          {(props) => (
            <select
              {...props}
              className="input"
              value={entryId}
              onChange={(event) => {
                const chosen = logEntries.find((logEntry) => logEntry.id === event.target.value);
                setEntryId(event.target.value);
                if (chosen) {
                  setDecision(t('lifecycle.logEntryReference', { number: chosen.number, title: chosen.fields.title }).slice(0, DECISION_REFERENCE_MAX));
                  setAdoptedOn(chosen.fields.date);
                }
              }}
            >
              <option value="">{t('lifecycle.noLogEntry')}</option>
              {logEntries.map((logEntry) => (
                <option key={logEntry.id} value={logEntry.id}>
                  {t('lifecycle.logEntryReference', { number: logEntry.number, title: logEntry.fields.title })}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field
        label={t('lifecycle.decision')}
        hint={t('lifecycle.decisionHint')}
        error={
          problem === 'decision-required'
            ? t('lifecycle.decisionRequired')
            : problem === 'decision-too-long'
              ? t('lifecycle.decisionTooLong', { max: DECISION_REFERENCE_MAX })
              : problem === 'failed'
                ? t('lifecycle.failed')
                : null
        }
      >
        {(props) => (
          <input {...props} className="input" value={decision} required maxLength={DECISION_REFERENCE_MAX + 50} autoFocus onChange={(event) => setDecision(event.target.value)} />
        )}
      </Field>
    </Dialog>
  );
}

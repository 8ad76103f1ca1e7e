import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VOTER_KINDS, type VoterKind } from '../../../shared/model/decision-rules';
import { defaultProposalMethod, PROPOSAL_METHODS, type ProposalMethod } from '../../../shared/model/proposal-methods';
import { listVersions, type VersionRecord } from '../../../shared/sync/document-versions';
import { linkAgendaItem } from '../../../shared/sync/meetings-doc';
import { PROPOSAL_TEXT_MAX, PROPOSAL_TITLE_MAX, putProposalIn, validateProposal, type ProposalInputProblem } from '../../../shared/sync/proposals-doc';
import type { ProposalOrigin } from '../../app/router';
import { useServices } from '../../app/services';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { Field } from '../../ui/Field';
import { useDocumentEntries, useMeetings } from '../meetings/use-meetings';
import type { WorkspacePageProps } from '../workspace/workspace-page';
import { useDecisionLog } from './use-decision-log';

interface Props {
  page: WorkspacePageProps;
  origin: ProposalOrigin;
  onClose: () => void;
  onPut: (proposalId: string) => void;
}

type Reference = 'none' | 'amends' | 'reverses';
/** The model's problems, and the one only this form can have: "amends" chosen without the decision it amends. */
type Problem = ProposalInputProblem | 'decision-required';

/** The named versions of one document, read from its own Y.Doc. */
function useDocumentVersions(workspaceId: string, documentId: string): VersionRecord[] {
  const { docs } = useServices();
  const [versions, setVersions] = useState<VersionRecord[]>([]);
  useEffect(() => {
    setVersions([]);
    if (!documentId) return undefined;
    let live = true;
    const lease = docs.acquire(documentId, { workspaceId });
    void lease.ready.then(({ doc }) => {
      if (live) setVersions(listVersions(doc));
    });
    return () => {
      live = false;
      void lease.release();
    };
  }, [docs, workspaceId, documentId]);
  return versions;
}

/**
 * Puts a proposal to the members: its words, the method, who may respond (from the
 * workspace's rules, which the proposal keeps), and what it relates to — a meeting and
 * agenda item, a version of a document, a decision it would amend or reverse.
 */
export function PutProposalDialog({ page, origin, onClose, onPut }: Props) {
  const { t } = useTranslation();
  const { doc, rules, meId, workspaceId } = page;
  const meetings = useMeetings(doc);
  const documents = useDocumentEntries(doc);
  const log = useDecisionLog(doc, workspaceId);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [method, setMethod] = useState<ProposalMethod>(() => defaultProposalMethod(rules.method));
  const [voters, setVoters] = useState<VoterKind[]>(() => [...rules.whoMayVote]);
  const [meetingId, setMeetingId] = useState(origin.meetingId ?? '');
  const [documentId, setDocumentId] = useState('');
  const [versionId, setVersionId] = useState('');
  const [reference, setReference] = useState<Reference>('none');
  const [entryId, setEntryId] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const versions = useDocumentVersions(workspaceId, documentId);
  const meeting = meetings.find((candidate) => candidate.id === meetingId);
  const agendaItem = origin.agendaItemId && meetingId === origin.meetingId ? meeting?.agenda.find((item) => item.id === origin.agendaItemId) : undefined;
  useEffect(() => {
    if (agendaItem && !title) setTitle(agendaItem.title);
    // Only when the item is first found: the title is the user's from then on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [agendaItem?.id]);

  const submit = () => {
    const proposalRules = { ...rules, whoMayVote: voters };
    const found: Problem[] = validateProposal({ title, text, rules: proposalRules });
    if (reference !== 'none' && !entryId) found.push('decision-required');
    setProblems(found);
    if (found.length > 0) return;
    const id = putProposalIn(doc, {
      title,
      text,
      method,
      rules: proposalRules,
      putBy: meId ?? '',
      at: new Date().toISOString(),
      ...(meetingId ? { meetingId } : {}),
      ...(agendaItem ? { agendaItemId: agendaItem.id } : {}),
      ...(documentId ? { document: versionId ? { documentId, versionId } : { documentId } } : {}),
      ...(reference === 'amends' ? { amends: entryId } : reference === 'reverses' ? { reverses: entryId } : {}),
    });
    if (meetingId && agendaItem) linkAgendaItem(doc, meetingId, agendaItem.id, { kind: 'proposal', id });
    onPut(id);
  };
  const error = (...codes: Problem[]) => {
    const code = problems.find((problem) => codes.includes(problem));
    return code ? t(`decisions.put.problems.${code}`, { max: code === 'title-too-long' ? PROPOSAL_TITLE_MAX : PROPOSAL_TEXT_MAX }) : null;
  };

  return (
    <Dialog
      title={t('decisions.put.title')}
      onClose={onClose}
      onSubmit={submit}
      actions={<DialogActions cancelLabel={t('decisions.cancel')} submitLabel={t('decisions.put.submit')} busy={false} onCancel={onClose} />}
    >
      {agendaItem && meeting ? <p className="field__hint">{t('decisions.put.fromAgenda', { item: agendaItem.title, meeting: meeting.title })}</p> : null}
      <Field label={t('decisions.put.proposalTitle')} error={error('title-required', 'title-too-long')}>
        {(props) => <input {...props} className="input" value={title} maxLength={PROPOSAL_TITLE_MAX + 20} autoFocus onChange={(event) => setTitle(event.target.value)} />}
      </Field>
      <Field label={t('decisions.put.text')} hint={t('decisions.put.textHint')} error={error('text-too-long')}>
        {(props) => <textarea {...props} className="input" rows={5} value={text} onChange={(event) => setText(event.target.value)} />}
      </Field>
      <Field label={t('decisions.put.method')} hint={t(`decisions.methodHints.${method}`)}>
        {(props) => (
          <select {...props} className="input" value={method} onChange={(event) => setMethod(event.target.value as ProposalMethod)}>
            {PROPOSAL_METHODS.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(`decisions.methods.${candidate}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="choice-group">
        <legend>{t('decisions.put.whoMayRespond')}</legend>
        <p className="field__hint">{t('decisions.put.whoMayRespondHint')}</p>
        {VOTER_KINDS.map((kind) => (
          <label key={kind} className="check">
            <input
              type="checkbox"
              checked={voters.includes(kind)}
              onChange={(event) => setVoters(event.target.checked ? [...voters, kind] : voters.filter((voter) => voter !== kind))}
            />{' '}
            {t(`rules.voters.${kind}`)}
          </label>
        ))}
        {error('who-may-respond-required') ? (
          <p className="field__error" role="alert">
            {error('who-may-respond-required')}
          </p>
        ) : null}
      </fieldset>
      <Field label={t('decisions.put.meeting')}>
        {(props) => (
          <select {...props} className="input" value={meetingId} onChange={(event) => setMeetingId(event.target.value)}>
            <option value="">{t('decisions.put.noMeeting')}</option>
            {meetings.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.title} · {candidate.startsAt.replace('T', ' ')}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('decisions.put.document')} hint={t('decisions.put.documentHint')}>
        {(props) => (
          <select
            {...props}
            className="input"
            value={documentId}
            onChange={(event) => {
              setDocumentId(event.target.value);
              setVersionId('');
            }}
          >
            <option value="">{t('decisions.put.noDocument')}</option>
            {documents.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      {documentId ? (
        <Field label={t('decisions.put.version')}>
          {(props) => (
            <select {...props} className="input" value={versionId} onChange={(event) => setVersionId(event.target.value)}>
              <option value="">{t('decisions.put.currentText')}</option>
              {versions.map((version) => (
                <option key={version.id} value={version.id}>
                  {version.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {log.length > 0 ? (
        <>
          <Field label={t('decisions.put.reference')}>
            {(props) => (
              <select {...props} className="input" value={reference} onChange={(event) => setReference(event.target.value as Reference)}>
                <option value="none">{t('decisions.put.referenceNone')}</option>
                <option value="amends">{t('decisions.put.referenceAmends')}</option>
                <option value="reverses">{t('decisions.put.referenceReverses')}</option>
              </select>
            )}
          </Field>
          {reference !== 'none' ? (
            <Field label={t('decisions.put.entry')} error={error('decision-required')}>
              {(props) => (
                <select {...props} className="input" value={entryId} onChange={(event) => setEntryId(event.target.value)}>
                  <option value="">{t('decisions.put.chooseEntry')}</option>
                  {[...log].reverse().map((entry) => (
                    <option key={entry.id} value={entry.id}>
                      {t('decisions.log.number', { number: entry.number })} · {entry.fields.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
        </>
      ) : null}
    </Dialog>
  );
}

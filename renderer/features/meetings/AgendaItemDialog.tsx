import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AGENDA_MINUTES_MAX,
  AGENDA_TITLE_MAX,
  validateAgendaItemInput,
  type AgendaItemInput,
  type AgendaLink,
} from '../../../shared/sync/meetings-doc';
import type { DocumentEntry } from '../../../shared/model/document';
import type { Member } from '../../../shared/model/members';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { DialogActions } from '../../ui/DialogActions';
import { useSubmitOnce } from '../../ui/use-submit-once';
import { useFocusFirstInvalid, useInitialFocus } from '../members/focus-invalid';
import type { ProposalSummary } from './use-meetings';

interface Props {
  mode: 'new' | 'edit';
  initial: AgendaItemInput & { links: AgendaLink[] };
  /** Current members who may present (plus the item's presenter, even if they have left). */
  presenters: readonly Member[];
  documents: readonly DocumentEntry[];
  /** Open proposals, plus those already linked. */
  proposals: readonly ProposalSummary[];
  onCancel: () => void;
  onSubmit: (input: AgendaItemInput, links: AgendaLink[]) => Promise<void>;
}

const sameLink = (a: AgendaLink, b: AgendaLink) => a.kind === b.kind && a.id === b.id;

/** Adds an agenda item or edits one: title, presenter, time allotted, linked documents and proposals. */
export function AgendaItemDialog({ mode, initial, presenters, documents, proposals, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initial.title);
  const [presenter, setPresenter] = useState(initial.presenter);
  const [minutes, setMinutes] = useState(initial.minutes === 0 ? '' : String(initial.minutes));
  const [links, setLinks] = useState<AgendaLink[]>(initial.links);
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState<string | null>(null);
  const { busy, run } = useSubmitOnce();
  const bodyRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  useFocusFirstInvalid(bodyRef, attempt);
  useInitialFocus(titleRef);

  const minutesValue = minutes.trim() === '' ? 0 : Number(minutes.trim());
  const input: AgendaItemInput = { title: title.trim(), presenter, minutes: minutesValue };
  const found = validateAgendaItemInput(input);
  const problems = attempt > 0 ? found : [];
  const titleProblem = problems.find((problem) => problem.field === 'title');
  const minutesProblem = problems.find((problem) => problem.field === 'minutes');

  const linked = (link: AgendaLink) => links.some((candidate) => sameLink(candidate, link));
  const toggle = (link: AgendaLink, on: boolean) =>
    setLinks((current) => (on ? [...current.filter((candidate) => !sameLink(candidate, link)), link] : current.filter((candidate) => !sameLink(candidate, link))));

  const submit = async () => {
    if (found.length > 0) {
      setAttempt((count) => count + 1);
      return;
    }
    await run(async () => {
      try {
        setFailed(null);
        await onSubmit(input, links);
      } catch (error) {
        setFailed(error instanceof Error && error.message === 'gone' ? t('meetings.item.gone') : t('meetings.form.saveFailed'));
      }
    });
  };

  return (
    <Dialog
      title={mode === 'new' ? t('meetings.item.newTitle') : t('meetings.item.editTitle')}
      onClose={onCancel}
      onSubmit={submit}
      actions={
        <DialogActions
          cancelLabel={t('meetings.item.cancel')}
          submitLabel={mode === 'new' ? t('meetings.item.add') : t('meetings.item.save')}
          busy={busy}
          onCancel={onCancel}
        />
      }
    >
      <div ref={bodyRef}>
        <Field
          label={t('meetings.item.title')}
          error={titleProblem ? (titleProblem.code === 'required' ? t('meetings.item.titleRequired') : t('meetings.item.titleTooLong')) : null}
        >
          {(props) => (
            <input
              {...props}
              ref={titleRef}
              className="input"
              dir="auto"
              value={title}
              maxLength={AGENDA_TITLE_MAX + 20}
              autoComplete="off"
              onChange={(event) => setTitle(event.target.value)}
            />
          )}
        </Field>
        <div className="field-row">
          <Field label={t('meetings.item.presenter')}>
            {(props) => (
              <select {...props} className="input" value={presenter} onChange={(event) => setPresenter(event.target.value)}>
                <option value="">{t('meetings.item.noPresenter')}</option>
                {presenters.map((member) => (
                  <option key={member.id} value={member.id}>
                    {member.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('meetings.item.minutes')} hint={t('meetings.item.minutesHint')} error={minutesProblem ? t('meetings.item.minutesInvalid') : null}>
            {(props) => (
              <input
                {...props}
                type="number"
                inputMode="numeric"
                min={0}
                max={AGENDA_MINUTES_MAX}
                step={1}
                className="input input--number"
                value={minutes}
                onChange={(event) => setMinutes(event.target.value)}
              />
            )}
          </Field>
        </div>
        <fieldset className="choice-group meeting-links">
          <legend className="field__label">{t('meetings.item.documents')}</legend>
          {documents.length === 0 ? <p className="field__hint">{t('meetings.item.noDocuments')}</p> : null}
          {documents.map((document) => (
            <label key={document.id} className="check">
              <input
                type="checkbox"
                checked={linked({ kind: 'document', id: document.id })}
                onChange={(event) => toggle({ kind: 'document', id: document.id }, event.target.checked)}
              />
              <span dir="auto">{document.title}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="choice-group meeting-links">
          <legend className="field__label">{t('meetings.item.proposals')}</legend>
          {proposals.length === 0 ? <p className="field__hint">{t('meetings.item.noProposals')}</p> : null}
          {proposals.map((proposal) => (
            <label key={proposal.id} className="check">
              <input
                type="checkbox"
                checked={linked({ kind: 'proposal', id: proposal.id })}
                onChange={(event) => toggle({ kind: 'proposal', id: proposal.id }, event.target.checked)}
              />
              <span dir="auto">{proposal.title}</span>
              <span className="badge badge--muted">{t(`meetings.proposalState.${proposal.state}`)}</span>
            </label>
          ))}
        </fieldset>
        {failed ? (
          <p className="notice notice--error" role="alert">
            {failed}
          </p>
        ) : null}
      </div>
    </Dialog>
  );
}

import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  ACTOR_KEY_PERSONS_MAX,
  ACTOR_NAME_MAX,
  ACTOR_NOTES_MAX,
  ACTOR_SUBGROUP_MAX,
  ACTOR_TYPES,
  ActorInputError,
  addActor,
  normaliseActorInput,
  updateActor,
  validateActorInput,
  type Actor,
  type ActorField,
  type ActorInput,
  type ActorPatch,
  type ActorProblem,
  type ActorType,
} from '../../../shared/sync/actors-doc';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { Field } from '../../ui/Field';
import { useSubmitOnce } from '../../ui/use-submit-once';
import { useFocusFirstInvalid, useInitialFocus } from '../members/focus-invalid';
import type { WorkspacePageProps } from '../workspace/workspace-page';

const MAX: Record<ActorField, number> = {
  name: ACTOR_NAME_MAX,
  type: 0,
  subGroup: ACTOR_SUBGROUP_MAX,
  keyPersons: ACTOR_KEY_PERSONS_MAX,
  notes: ACTOR_NOTES_MAX,
  memberId: 0,
};

function problemMessage(t: TFunction, problem: ActorProblem): string {
  if (problem.code === 'required') return t('maps.actors.form.nameRequired');
  if (problem.code === 'too-long') return t('maps.actors.form.tooLong', { max: MAX[problem.field] });
  return t('maps.actors.form.invalid');
}

function changedFields(actor: Actor, input: ActorInput): ActorPatch {
  const patch: ActorPatch = {};
  for (const key of ['name', 'type', 'subGroup', 'keyPersons', 'notes', 'memberId', 'isOwnOrganisation'] as const) {
    if (input[key] !== undefined && input[key] !== actor[key]) (patch as Record<string, unknown>)[key] = input[key];
  }
  return patch;
}

/** Adds an actor or edits one: name, type, sub-group, key persons, member of the register, own organisation, notes. */
export function ActorDialog({ page, actor, onClose }: { page: WorkspacePageProps; actor?: Actor; onClose: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Required<ActorInput>>(() => ({
    name: actor?.name ?? '',
    type: actor?.type ?? 'organisation',
    subGroup: actor?.subGroup ?? '',
    keyPersons: actor?.keyPersons ?? '',
    notes: actor?.notes ?? '',
    memberId: actor?.memberId ?? '',
    isOwnOrganisation: actor?.isOwnOrganisation ?? false,
  }));
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const { busy, run } = useSubmitOnce();
  const bodyRef = useRef<HTMLDivElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  useFocusFirstInvalid(bodyRef, attempt);
  useInitialFocus(nameRef);

  const input = normaliseActorInput(draft);
  const found = validateActorInput(input, true);
  const problems = attempt > 0 ? found : [];
  const error = (field: ActorField) => {
    const problem = problems.find((candidate) => candidate.field === field);
    return problem ? problemMessage(t, problem) : null;
  };
  const set = <K extends keyof ActorInput>(key: K, value: ActorInput[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const members = page.members.filter((member) => !member.erasedOn || member.id === draft.memberId);

  const submit = async () => {
    setFailure(null);
    if (found.length > 0) {
      setAttempt((count) => count + 1);
      return;
    }
    await run(async () => {
      try {
        if (actor) {
          if (!updateActor(page.doc, actor.id, changedFields(actor, input))) {
            setFailure(t('maps.actors.form.gone'));
            return;
          }
        } else addActor(page.doc, input);
        onClose();
      } catch (caught) {
        if (caught instanceof ActorInputError) setAttempt((count) => count + 1);
        else setFailure(t('maps.actors.form.failed', { reason: caught instanceof Error ? caught.message : String(caught) }));
      }
    });
  };

  return (
    <Dialog
      title={actor ? t('maps.actors.form.editTitle') : t('maps.actors.form.addTitle')}
      onClose={onClose}
      onSubmit={submit}
      actions={<DialogActions cancelLabel={t('maps.actors.form.cancel')} submitLabel={actor ? t('maps.actors.form.save') : t('maps.actors.form.add')} busy={busy} onCancel={onClose} />}
    >
      <div ref={bodyRef} className="actor-form">
        {failure ? (
          <p className="notice notice--error" role="alert">
            {failure}
          </p>
        ) : null}
        <Field label={t('maps.actors.form.name')} hint={t('maps.actors.form.nameHint')} error={error('name')}>
          {(props) => (
            <input {...props} ref={nameRef} className="input" dir="auto" autoComplete="off" value={draft.name} maxLength={ACTOR_NAME_MAX + 20} onChange={(event) => set('name', event.target.value)} />
          )}
        </Field>
        <div className="field-row">
          <Field label={t('maps.actors.form.type')} error={error('type')}>
            {(props) => (
              <select {...props} className="input" value={draft.type} onChange={(event) => set('type', event.target.value as ActorType)}>
                {ACTOR_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`maps.actors.types.${type}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('maps.actors.form.member')} hint={t('maps.actors.form.memberHint')} error={error('memberId')}>
            {(props) => (
              <select {...props} className="input" value={draft.memberId} onChange={(event) => set('memberId', event.target.value)}>
                <option value="">{t('maps.actors.form.memberNone')}</option>
                {members.map((member) => (
                  <option key={member.id} value={member.id}>
                    {member.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field label={t('maps.actors.form.subGroup')} hint={t('maps.actors.form.subGroupHint')} error={error('subGroup')}>
          {(props) => <input {...props} className="input" dir="auto" autoComplete="off" value={draft.subGroup} onChange={(event) => set('subGroup', event.target.value)} />}
        </Field>
        <Field label={t('maps.actors.form.keyPersons')} hint={t('maps.actors.form.keyPersonsHint')} error={error('keyPersons')}>
          {(props) => <input {...props} className="input" dir="auto" autoComplete="off" value={draft.keyPersons} onChange={(event) => set('keyPersons', event.target.value)} />}
        </Field>
        <div className="field">
          <label className="check">
            <input type="checkbox" checked={draft.isOwnOrganisation} aria-describedby="actor-own-hint" onChange={(event) => set('isOwnOrganisation', event.target.checked)} />
            {t('maps.actors.form.own')}
          </label>
          <p id="actor-own-hint" className="field__hint">
            {t('maps.actors.form.ownHint')}
          </p>
        </div>
        <Field label={t('maps.actors.form.notes')} error={error('notes')}>
          {(props) => <textarea {...props} className="input" dir="auto" rows={3} value={draft.notes} onChange={(event) => set('notes', event.target.value)} />}
        </Field>
      </div>
    </Dialog>
  );
}

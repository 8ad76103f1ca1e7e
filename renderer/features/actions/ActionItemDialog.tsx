import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  ACTION_NOTES_MAX,
  ACTION_STATUSES,
  ACTION_TITLE_MAX,
  ActionItemInputError,
  addActionItem,
  normaliseActionInput,
  updateActionItem,
  validateActionInput,
  type ActionField,
  type ActionItem,
  type ActionItemInput,
  type ActionItemPatch,
  type ActionProblem,
  type ActionSource,
  type ActionStatus,
} from '../../../shared/sync/action-items';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { DialogActions } from '../../ui/DialogActions';
import { useSubmitOnce } from '../../ui/use-submit-once';
import { currentLocale } from '../../i18n/i18n';
import { today } from '../members/member-text';
import { useFocusFirstInvalid, useInitialFocus } from '../members/focus-invalid';
import type { WorkspacePageProps } from '../workspace/workspace-page';
import { ownerOptions } from './owner-options';
import { sourceText, useSourceTitles } from './source-links';

interface Props {
  page: WorkspacePageProps;
  /** The item to edit; absent to add one. */
  item?: ActionItem;
  /** Where a new item comes from (a meeting's or a proposal's page); absent on the list page: no source. */
  source?: ActionSource;
  onClose: () => void;
  /** After a save, with the item's id. */
  onSaved?: (id: string) => void;
}

interface Draft {
  title: string;
  owner: string;
  due: string;
  status: ActionStatus;
  notes: string;
  /** Keep the source offered (the item's or the preset one), or link it to nothing. */
  linked: boolean;
}

function problemMessage(t: TFunction, problem: ActionProblem): string {
  switch (problem.field) {
    case 'title':
      return problem.code === 'required' ? t('actions.form.titleRequired') : t('actions.form.titleTooLong', { max: ACTION_TITLE_MAX });
    case 'due':
      return t('actions.form.dueInvalid');
    case 'notes':
      return t('actions.form.notesTooLong', { max: ACTION_NOTES_MAX });
    case 'source':
      return t('actions.form.sourceInvalid');
    default:
      return t('actions.form.invalid');
  }
}

/**
 * Only what the user changed in the dialog: a field left alone is not written back, so a
 * change made to it meanwhile on another computer (a status set from the list) is kept.
 */
function changedFields(item: ActionItem, input: ActionItemInput): ActionItemPatch {
  const patch: ActionItemPatch = {};
  if (input.title !== item.title) patch.title = input.title;
  if (input.owner !== item.owner) patch.owner = input.owner;
  if (input.due !== item.due) patch.due = input.due;
  if (input.status !== item.status) patch.status = input.status;
  if (input.notes !== item.notes) patch.notes = input.notes;
  if (JSON.stringify(input.source ?? null) !== JSON.stringify(item.source ?? null)) patch.source = input.source ?? null;
  return patch;
}

/** Adds an action item or edits one: what, who, by when, its status, notes, and whether it stays linked to where it came from. */
export function ActionItemDialog({ page, item, source, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const titles = useSourceTitles(page.doc);
  const offered = item ? item.source : source;
  const [draft, setDraft] = useState<Draft>(() => ({
    title: item?.title ?? '',
    owner: item?.owner ?? '',
    due: item?.due ?? '',
    status: item?.status ?? 'todo',
    notes: item?.notes ?? '',
    linked: offered !== undefined,
  }));
  /** The date field holds something the browser cannot read as a date (typed half-way). */
  const [dueUnreadable, setDueUnreadable] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const { busy, run } = useSubmitOnce();
  const bodyRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  useFocusFirstInvalid(bodyRef, attempt);
  useInitialFocus(titleRef);

  const owners = useMemo(() => ownerOptions(t, page.members, today(), locale, item ? [item.owner] : []), [t, page.members, locale, item]);

  const input: ActionItemInput = normaliseActionInput({
    title: draft.title,
    owner: draft.owner,
    due: draft.due,
    status: draft.status,
    notes: draft.notes,
    source: draft.linked && offered ? offered : null,
  });
  const found = validateActionInput(input, true);
  if (dueUnreadable && !found.some((problem) => problem.field === 'due')) found.push({ field: 'due', code: 'invalid-date' });
  const problems = attempt > 0 ? found : [];
  const error = (field: ActionField) => {
    const problem = problems.find((candidate) => candidate.field === field);
    return problem ? problemMessage(t, problem) : null;
  };
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const submit = async () => {
    setFailure(null);
    if (found.length > 0) {
      setAttempt((count) => count + 1);
      return;
    }
    await run(async () => {
      try {
        if (item) {
          if (!updateActionItem(page.doc, item.id, changedFields(item, input))) {
            setFailure(t('actions.form.gone'));
            return;
          }
          onSaved?.(item.id);
        } else {
          const id = addActionItem(page.doc, input, { createdBy: page.meId });
          onSaved?.(id);
        }
        onClose();
      } catch (caught) {
        if (caught instanceof ActionItemInputError) {
          setAttempt((count) => count + 1);
          return;
        }
        setFailure(t('actions.form.failed', { reason: caught instanceof Error ? caught.message : String(caught) }));
      }
    });
  };

  return (
    <Dialog
      title={item ? t('actions.form.editTitle') : t('actions.form.addTitle')}
      onClose={onClose}
      onSubmit={submit}
      actions={<DialogActions cancelLabel={t('actions.form.cancel')} submitLabel={item ? t('actions.form.save') : t('actions.form.add')} busy={busy} onCancel={onClose} />}
    >
      <div ref={bodyRef} className="action-form">
        {failure ? (
          <p className="notice notice--error" role="alert">
            {failure}
          </p>
        ) : null}
        <Field label={t('actions.form.title')} hint={t('actions.form.titleHint')} error={error('title')}>
          {(props) => (
            <input
              {...props}
              ref={titleRef}
              className="input"
              dir="auto"
              value={draft.title}
              onChange={(event) => set('title', event.target.value)}
              maxLength={ACTION_TITLE_MAX + 20}
              autoComplete="off"
            />
          )}
        </Field>

        <div className="field-row">
          <Field label={t('actions.form.owner')} hint={t('actions.form.ownerHint')} error={error('owner')}>
            {(props) => (
              <select {...props} className="input" value={draft.owner} onChange={(event) => set('owner', event.target.value)}>
                <option value="">{t('actions.form.ownerNone')}</option>
                {owners.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('actions.form.due')} hint={t('actions.form.dueHint')} error={error('due')}>
            {(props) => (
              <input
                {...props}
                type="date"
                className="input"
                value={draft.due}
                onChange={(event) => {
                  setDueUnreadable(event.target.validity.badInput);
                  set('due', event.target.value);
                }}
                onBlur={(event) => setDueUnreadable(event.target.validity.badInput)}
              />
            )}
          </Field>
          <Field label={t('actions.form.status')} error={error('status')}>
            {(props) => (
              <select {...props} className="input" value={draft.status} onChange={(event) => set('status', event.target.value as ActionStatus)}>
                {ACTION_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(`actions.statuses.${status}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>

        {offered ? (
          <Field label={t('actions.form.source')} error={error('source')}>
            {(props) => (
              <select {...props} className="input" value={draft.linked ? 'linked' : 'none'} onChange={(event) => set('linked', event.target.value === 'linked')}>
                <option value="linked">{sourceText(t, offered, titles)}</option>
                <option value="none">{t('actions.form.sourceNone')}</option>
              </select>
            )}
          </Field>
        ) : (
          <div className="field">
            <p className="field__label">{t('actions.form.source')}</p>
            <p className="action-form__source">{t('actions.form.sourceNone')}</p>
            {item ? null : <p className="field__hint">{t('actions.form.sourceFixedNone')}</p>}
          </div>
        )}

        <Field label={t('actions.form.notes')} error={error('notes')}>
          {(props) => <textarea {...props} className="input" dir="auto" rows={3} value={draft.notes} onChange={(event) => set('notes', event.target.value)} />}
        </Field>
      </div>
    </Dialog>
  );
}

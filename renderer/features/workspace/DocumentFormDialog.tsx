import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_KINDS, DOCUMENT_TITLE_MAX, validateDocumentTitle, type DocumentKind } from '../../../shared/model/document';
import type { WorkspaceTemplate } from '../../../shared/sync/workspace-templates';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { useSubmitOnce } from '../../ui/use-submit-once';
import { DialogActions } from '../../ui/DialogActions';
import { currentLocale } from '../../i18n/i18n';

/** What a new document starts from: a template of the toolkit, or one a member saved in this workspace. */
export type TemplateChoice = { source: 'built-in'; kind: DocumentKind } | { source: 'workspace'; template: WorkspaceTemplate };

interface Props {
  mode: 'create' | 'rename';
  initialTitle?: string;
  /** The workspace's own templates, listed after the toolkit's. */
  workspaceTemplates?: WorkspaceTemplate[];
  onCancel: () => void;
  onSubmit: (values: { choice: TemplateChoice; title: string }) => Promise<void>;
}

const choiceValue = (choice: TemplateChoice) => (choice.source === 'built-in' ? `built-in:${choice.kind}` : `workspace:${choice.template.id}`);

/** New document from the template library (a template, then a title), or rename one. */
export function DocumentFormDialog({ mode, initialTitle, workspaceTemplates = [], onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<TemplateChoice>({ source: 'built-in', kind: 'terms-of-reference' });
  const [title, setTitle] = useState(initialTitle ?? t('kinds.terms-of-reference'));
  const [titleTouched, setTitleTouched] = useState(mode === 'rename');
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, run } = useSubmitOnce();
  const library = useRef<HTMLDivElement>(null);
  // The chosen template takes the focus once the dialog is open (opening it moves focus to the dialog).
  useEffect(() => {
    library.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, []);

  const choose = (next: TemplateChoice) => {
    setChoice(next);
    if (!titleTouched) setTitle(next.source === 'built-in' ? t(`kinds.${next.kind}`) : next.template.name);
  };
  const submit = async () => {
    const found = validateDocumentTitle(title);
    setProblem(found);
    if (found) return;
    await run(() => onSubmit({ choice, title: title.trim() }));
  };
  const error =
    problem === 'title-required' ? t('documentForm.titleRequired') : problem === 'title-too-long' ? t('documentForm.titleTooLong', { max: DOCUMENT_TITLE_MAX }) : null;
  const date = new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium' });

  return (
    <Dialog
      title={mode === 'create' ? t('documentForm.newTitle') : t('documentForm.renameTitle')}
      onClose={onCancel}
      onSubmit={submit}
      actions={<DialogActions cancelLabel={t('documentForm.cancel')} submitLabel={mode === 'create' ? t('documentForm.create') : t('documentForm.rename')} busy={busy} onCancel={onCancel} />}
    >
      {mode === 'create' ? (
        <fieldset className="template-library">
          <legend className="field__label">{t('templateLibrary.template')}</legend>
          <div className="template-library__list" ref={library}>
            <p className="template-library__group" aria-hidden="true">
              {t('templateLibrary.builtIn')}
            </p>
            {DOCUMENT_KINDS.map((kind) => (
              <TemplateOption
                key={kind}
                choice={{ source: 'built-in', kind }}
                selected={choice}
                name={t(`kinds.${kind}`)}
                description={t(`templateLibrary.descriptions.${kind}`)}
                onChoose={choose}
              />
            ))}
            {workspaceTemplates.length > 0 ? (
              <p className="template-library__group" aria-hidden="true">
                {t('templateLibrary.workspace')}
              </p>
            ) : null}
            {workspaceTemplates.map((template) => (
              <TemplateOption
                key={template.id}
                choice={{ source: 'workspace', template }}
                selected={choice}
                name={template.name}
                description={`${t(`kinds.${template.kind}`)} · ${t('templateLibrary.savedBy', { author: template.author || '—', date: date.format(template.createdAt) })}`}
                onChoose={choose}
              />
            ))}
          </div>
        </fieldset>
      ) : null}
      <Field label={t('documentForm.title')} error={error}>
        {(props) => (
          <input
            {...props}
            className="input"
            dir="auto"
            value={title}
            autoFocus={mode === 'rename'}
            onChange={(e) => {
              setTitle(e.target.value);
              setTitleTouched(true);
            }}
          />
        )}
      </Field>
    </Dialog>
  );
}

interface OptionProps {
  choice: TemplateChoice;
  selected: TemplateChoice;
  name: string;
  description: string;
  onChoose: (choice: TemplateChoice) => void;
}

/** One template: its name is the radio's accessible name, the one-line description its description. */
function TemplateOption({ choice, selected, name, description, onChoose }: OptionProps) {
  const id = useId();
  const value = choiceValue(choice);
  return (
    <label className="choice-card template-card">
      <input
        type="radio"
        name="template"
        value={value}
        checked={choiceValue(selected) === value}
        onChange={() => onChoose(choice)}
        aria-labelledby={`${id}-name`}
        aria-describedby={`${id}-description`}
      />
      <span className="template-card__text">
        <span id={`${id}-name`} className="template-card__name" dir="auto">
          {name}
        </span>
        <span id={`${id}-description`} className="choice-card__help" dir="auto">
          {description}
        </span>
      </span>
    </label>
  );
}

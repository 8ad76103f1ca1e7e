/**
 * "Save as template": the open document, as it is now (its text and the guidance
 * still standing), becomes a template of the workspace that every member can
 * start a new document from.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../shared/model/ids';
import { addWorkspaceTemplate, documentTemplateBlocks, TEMPLATE_NAME_MAX, validateTemplateName } from '../../../shared/sync/workspace-templates';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { Field } from '../../ui/Field';
import { useDocumentContext } from '../documents/document-context';

const randomBytes = (bytes: Uint8Array) => crypto.getRandomValues(bytes);

export function SaveAsTemplateTool() {
  const { t } = useTranslation();
  const { doc, workspaceDoc, entry, author } = useDocumentContext();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  // The confirmation is announced once, then leaves the header.
  useEffect(() => {
    if (!saved) return undefined;
    const timer = window.setTimeout(() => setSaved(null), 6000);
    return () => window.clearTimeout(timer);
  }, [saved]);

  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('templateLibrary.saveAsTemplate')}
      </button>
      <span className="save-template__status" role="status">
        {saved ? t('templateLibrary.saved', { name: saved }) : ''}
      </span>
      {open ? (
        <SaveAsTemplateDialog
          initialName={entry.title}
          onCancel={() => setOpen(false)}
          onSave={(name) => {
            addWorkspaceTemplate(workspaceDoc, {
              id: newId('tpl', randomBytes),
              name,
              kind: entry.kind,
              createdAt: Date.now(),
              author: author.name,
              blocks: documentTemplateBlocks(doc),
            });
            setOpen(false);
            setSaved(name);
          }}
        />
      ) : null}
    </>
  );
}

function SaveAsTemplateDialog({ initialName, onCancel, onSave }: { initialName: string; onCancel: () => void; onSave: (name: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(initialName);
  const [problem, setProblem] = useState<ReturnType<typeof validateTemplateName>>(null);
  const error =
    problem === 'name-required' ? t('templateLibrary.nameRequired') : problem === 'name-too-long' ? t('templateLibrary.nameTooLong', { max: TEMPLATE_NAME_MAX }) : null;
  return (
    <Dialog
      title={t('templateLibrary.saveTitle')}
      onClose={onCancel}
      onSubmit={() => {
        const found = validateTemplateName(name);
        setProblem(found);
        if (!found) onSave(name.trim());
      }}
      actions={<DialogActions cancelLabel={t('templateLibrary.cancel')} submitLabel={t('templateLibrary.save')} busy={false} onCancel={onCancel} />}
    >
      <p className="dialog__intro">{t('templateLibrary.saveHelp')}</p>
      <Field label={t('templateLibrary.name')} error={error}>
        {(props) => <input {...props} className="input" dir="auto" value={name} autoFocus onChange={(event) => setName(event.target.value)} />}
      </Field>
    </Dialog>
  );
}

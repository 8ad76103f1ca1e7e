/** "Import a document…": the button next to "New document", and its dialog. Shown only to those who may change the workspace. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { ImportDocumentDialog } from './ImportDocumentDialog';

export function ImportDocumentButton({ workspaceId, doc }: { workspaceId: string; doc: Y.Doc }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('imports.button')}
      </button>
      {open ? <ImportDocumentDialog workspaceId={workspaceId} doc={doc} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { readProfile } from '../../../shared/sync/workspace-doc';
import { useDocumentContext } from '../documents/document-context';
import { today } from '../members/member-text';
import { ExportButton } from './ExportDialog';
import { documentExport } from './document-export';

/** "Export…" among an open document's tools: DOCX (with its comments), PDF, Markdown or HTML. */
export function DocumentExportTool() {
  const { t } = useTranslation();
  const { doc, entry, workspaceDoc } = useDocumentContext();
  return (
    <ExportButton
      label={t('exports.document.button')}
      name={entry.title}
      offerComments
      load={async (request) => documentExport({ doc, entry, workspaceName: readProfile(workspaceDoc)?.name ?? '', today: today(), ...request })}
    />
  );
}

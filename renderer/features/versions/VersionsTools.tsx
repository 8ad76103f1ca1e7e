/** The document header's "Versions" button, and "Endorsements" for an MoU. */
import { useTranslation } from 'react-i18next';
import { useDocumentContext } from '../documents/document-context';

export type VersionsPanelName = 'versions' | 'endorsements';

interface Props {
  openPanel: string | null;
  onToggle: (panel: VersionsPanelName) => void;
}

export function VersionsTools({ openPanel, onToggle }: Props) {
  const { t } = useTranslation();
  const { entry } = useDocumentContext();
  const button = (panel: VersionsPanelName, label: string) => (
    <button
      key={panel}
      type="button"
      className="button"
      aria-expanded={openPanel === panel}
      aria-controls={openPanel === panel ? `${panel}-panel` : undefined}
      onClick={() => onToggle(panel)}
    >
      {label}
    </button>
  );
  return (
    <>
      {button('versions', t('versions.tool'))}
      {entry.kind === 'mou' ? button('endorsements', t('endorsements.tool')) : null}
    </>
  );
}

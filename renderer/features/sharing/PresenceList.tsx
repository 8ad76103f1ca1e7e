import { useTranslation } from 'react-i18next';
import type { DocumentEntry } from '../../../shared/model/document';
import type { PresenceEntry } from '../../collab/network/workspace-sync';

/** Who is here now and where: one line per member's computer, with their cursor colour. */
export function PresenceList({ presence, documents }: { presence: PresenceEntry[]; documents: DocumentEntry[] }) {
  const { t } = useTranslation();
  if (presence.length === 0) return null;
  return (
    <section className="presence" aria-labelledby="presence-heading">
      <h2 id="presence-heading" className="nav-heading">
        {t('presence.heading')}
      </h2>
      <ul className="presence__list" data-testid="presence-list">
        {presence.map((entry) => {
          const name = entry.name.trim() || t('presence.unnamed');
          const title = entry.documentId ? documents.find((document) => document.id === entry.documentId)?.title : undefined;
          return (
            <li key={entry.clientId} className="presence__item">
              <span className="presence__dot" style={{ backgroundColor: entry.color }} aria-hidden="true" />
              <span className="presence__name">{entry.self ? t('presence.you', { name }) : name}</span>
              <span className="presence__where">{title ? t('presence.inDocument', { title }) : t('presence.inWorkspace')}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

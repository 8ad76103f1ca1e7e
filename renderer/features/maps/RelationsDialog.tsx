import { useTranslation } from 'react-i18next';
import { RELATION_KINDS, setRelation, type Actor, type RelationKind } from '../../../shared/sync/actors-doc';
import { Dialog } from '../../ui/Dialog';
import type { WorkspacePageProps } from '../workspace/workspace-page';

/** How one actor relates to each of the others: none, cooperating, in conflict. Saved at once, on both actors. */
export function RelationsDialog({ page, actor, actors, onClose }: { page: WorkspacePageProps; actor: Actor; actors: Actor[]; onClose: () => void }) {
  const { t } = useTranslation();
  // Live: read the actor from the live list (another member may change a relation meanwhile).
  const current = actors.find((candidate) => candidate.id === actor.id) ?? actor;
  const others = actors.filter((other) => other.id !== actor.id);
  return (
    <Dialog
      title={t('maps.actors.relationsDialog.title', { name: actor.name })}
      onClose={onClose}
      onSubmit={onClose}
      actions={
        <button type="submit" className="button button--primary">
          {t('maps.actors.relationsDialog.done')}
        </button>
      }
    >
      <p>{t('maps.actors.relationsDialog.intro')}</p>
      {others.length === 0 ? (
        <p className="empty">{t('maps.actors.relationsDialog.noOthers')}</p>
      ) : (
        <ul className="relations-list" data-testid="relations-list">
          {others.map((other) => {
            const kind = current.relations[other.id] ?? other.relations[actor.id] ?? '';
            return (
              <li key={other.id} className="relations-list__row">
                <label className="relations-list__label">
                  <span dir="auto">{other.name}</span>
                  <select
                    className="input input--compact"
                    aria-label={t('maps.actors.relationsDialog.with', { name: other.name })}
                    value={kind}
                    onChange={(event) => setRelation(page.doc, actor.id, other.id, (event.target.value || null) as RelationKind | null)}
                  >
                    <option value="">{t('maps.actors.relationsDialog.none')}</option>
                    {RELATION_KINDS.map((value) => (
                      <option key={value} value={value}>
                        {t(`maps.actors.relationsDialog.${value}`)}
                      </option>
                    ))}
                  </select>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </Dialog>
  );
}

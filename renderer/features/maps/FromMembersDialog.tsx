import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addActor, type Actor } from '../../../shared/sync/actors-doc';
import type { Member } from '../../../shared/model/members';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import type { WorkspacePageProps } from '../workspace/workspace-page';

/** Picks members of the register to add as actors (linked to their member record). */
export function FromMembersDialog({ page, actors, onClose, onAdded }: { page: WorkspacePageProps; actors: Actor[]; onClose: () => void; onAdded: (count: number) => void }) {
  const { t } = useTranslation();
  const linked = new Set(actors.map((actor) => actor.memberId).filter(Boolean));
  const members = page.members.filter((member) => !member.erasedOn && !member.leftOn);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const available = members.filter((member) => !linked.has(member.id));

  const submit = () => {
    if (chosen.size === 0) {
      setError(t('maps.actors.fromMembers.pickOne'));
      return;
    }
    let count = 0;
    page.doc.transact(() => {
      for (const member of members) {
        if (!chosen.has(member.id) || linked.has(member.id)) continue;
        addActor(page.doc, { name: member.name, type: actorTypeOf(member), memberId: member.id });
        count++;
      }
    });
    onAdded(count);
    onClose();
  };

  return (
    <Dialog
      title={t('maps.actors.fromMembers.title')}
      onClose={onClose}
      onSubmit={submit}
      actions={<DialogActions cancelLabel={t('maps.common.cancel')} submitLabel={t('maps.actors.fromMembers.add')} busy={false} onCancel={onClose} />}
    >
      <p>{t('maps.actors.fromMembers.intro')}</p>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {available.length === 0 ? <p className="empty">{t('maps.actors.fromMembers.none')}</p> : null}
      <ul className="member-picks" data-testid="member-picks">
        {members.map((member) => {
          const already = linked.has(member.id);
          return (
            <li key={member.id}>
              <label className="check">
                <input
                  type="checkbox"
                  disabled={already}
                  checked={already || chosen.has(member.id)}
                  onChange={(event) => {
                    setError(null);
                    setChosen((current) => {
                      const next = new Set(current);
                      if (event.target.checked) next.add(member.id);
                      else next.delete(member.id);
                      return next;
                    });
                  }}
                />
                <span dir="auto">{member.name}</span>
                {already ? <span className="badge badge--muted">{t('maps.actors.fromMembers.already')}</span> : null}
              </label>
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
}

function actorTypeOf(member: Member): Actor['type'] {
  return member.kind === 'organisation' ? 'organisation' : 'individual';
}

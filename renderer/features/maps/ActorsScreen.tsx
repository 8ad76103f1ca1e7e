import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { boardsUsingActor, createActorUndo, deleteActor, type Actor } from '../../../shared/sync/actors-doc';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { WorkspacePageProps } from '../workspace/workspace-page';
import { ActorDialog } from './ActorDialog';
import { FromMembersDialog } from './FromMembersDialog';
import { RelationsDialog } from './RelationsDialog';
import { useActors } from './use-maps-data';

type Pending =
  | { kind: 'add' }
  | { kind: 'edit'; actor: Actor }
  | { kind: 'relations'; actor: Actor }
  | { kind: 'delete'; actor: Actor; boards: number }
  | { kind: 'members' }
  | null;

const PROMPTS = ['affected', 'influence', 'decide', 'resources'] as const;

/** The deletions made here, undoable (only this computer's deletions: other edits are never undone). */
function useDeleteUndo(doc: Y.Doc): { origin: object; undo: Y.UndoManager } {
  const origin = useMemo(() => ({ source: 'actor-registry' }), []);
  const undo = useMemo(() => createActorUndo(doc, origin), [doc, origin]);
  useEffect(() => () => undo.destroy(), [undo]);
  return { origin, undo };
}

/**
 * The actor registry (toolkit §3, "players and actors brainstorming"): the toolkit's questions
 * as help, a table of actors, add / edit / relations / delete (asks; removes it from every board;
 * undoable), and "add from members".
 */
export function ActorsScreen(page: WorkspacePageProps) {
  const { doc, readOnly, members } = page;
  const { t } = useTranslation();
  const actors = useActors(doc);
  const [pending, setPending] = useState<Pending>(null);
  const [notice, setNotice] = useState<{ text: string; undoName?: string; error?: boolean } | null>(null);
  const { origin, undo } = useDeleteUndo(doc);
  const undoRef = useRef<HTMLButtonElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const close = () => setPending(null);

  useEffect(() => {
    if (notice?.undoName) undoRef.current?.focus();
  }, [notice]);

  const names = (actor: Actor, kind: 'cooperating' | 'conflict') =>
    Object.entries(actor.relations)
      .filter(([other, value]) => value === kind && byId.has(other))
      .map(([other]) => byId.get(other)!.name)
      .join(', ');

  const confirmDelete = async (actor: Actor) => {
    const done = deleteActor(doc, actor.id, origin);
    close();
    setNotice(done ? { text: t('maps.actors.deleted', { name: actor.name }), undoName: actor.name } : { text: t('maps.actors.form.gone'), error: true });
    if (!done) addRef.current?.focus();
  };

  const undoDelete = (name: string) => {
    if (undo.undoStack.length === 0) {
      setNotice({ text: t('maps.actors.undoFailed'), error: true });
      return;
    }
    undo.undo();
    setNotice({ text: t('maps.actors.restored', { name }) });
    addRef.current?.focus();
  };

  let dialog = null;
  if (pending?.kind === 'add' || pending?.kind === 'edit') {
    dialog = <ActorDialog page={page} {...(pending.kind === 'edit' ? { actor: pending.actor } : {})} onClose={close} />;
  } else if (pending?.kind === 'relations') {
    dialog = <RelationsDialog page={page} actor={pending.actor} actors={actors} onClose={close} />;
  } else if (pending?.kind === 'members') {
    dialog = <FromMembersDialog page={page} actors={actors} onClose={close} onAdded={(count) => setNotice({ text: t('maps.actors.fromMembers.added', { count }) })} />;
  } else if (pending?.kind === 'delete') {
    dialog = (
      <ConfirmDialog
        title={t('maps.actors.confirmDelete.title')}
        body={pending.boards > 0 ? t('maps.actors.confirmDelete.bodyBoards', { name: pending.actor.name, count: pending.boards }) : t('maps.actors.confirmDelete.body', { name: pending.actor.name })}
        confirmLabel={t('maps.actors.confirmDelete.confirm')}
        cancelLabel={t('maps.actors.confirmDelete.cancel')}
        onCancel={close}
        onConfirm={() => confirmDelete(pending.actor)}
      />
    );
  }

  return (
    <section className="screen actors-screen" aria-labelledby="actors-title">
      <header className="screen__header">
        <h1 id="actors-title">{t('maps.actors.title')}</h1>
        <p className="screen__intro">{t('maps.actors.intro')}</p>
        {readOnly ? <p className="notice notice--info">{t('maps.common.readOnly')}</p> : null}
      </header>

      <aside className="actor-prompts" aria-labelledby="actor-prompts-title">
        <h2 id="actor-prompts-title">{t('maps.actors.promptsTitle')}</h2>
        <p>{t('maps.actors.promptsIntro')}</p>
        <ul>
          {PROMPTS.map((prompt) => (
            <li key={prompt}>{t(`maps.actors.prompts.${prompt}`)}</li>
          ))}
        </ul>
        <p>{t('maps.actors.promptsAfter')}</p>
      </aside>

      {readOnly ? null : (
        <div className="screen__actions">
          <button type="button" ref={addRef} className="button button--primary" onClick={() => setPending({ kind: 'add' })}>
            {t('maps.actors.add')}
          </button>
          <button type="button" className="button" onClick={() => setPending({ kind: 'members' })} disabled={members.length === 0}>
            {t('maps.actors.addFromMembers')}
          </button>
        </div>
      )}

      <div className="actors-notice" role="status">
        {notice ? (
          <p className={notice.error ? 'notice notice--error' : 'notice notice--info'}>
            {notice.text}{' '}
            {notice.undoName !== undefined && !readOnly ? (
              <button type="button" ref={undoRef} className="button button--quiet" onClick={() => undoDelete(notice.undoName!)}>
                {t('maps.common.undo')}
              </button>
            ) : null}
          </p>
        ) : null}
      </div>

      {actors.length === 0 ? (
        <p className="empty">{t('maps.actors.empty')}</p>
      ) : (
        <>
          <p className="filters__count">{t('maps.actors.count', { count: actors.length })}</p>
          <table className="table actors-table" data-testid="actor-list">
            <caption className="visually-hidden">{t('maps.actors.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('maps.actors.colName')}</th>
                <th scope="col">{t('maps.actors.colType')}</th>
                <th scope="col">{t('maps.actors.colSubGroup')}</th>
                <th scope="col">{t('maps.actors.colKeyPersons')}</th>
                <th scope="col">{t('maps.actors.colRelations')}</th>
                {readOnly ? null : (
                  <th scope="col">
                    <span className="visually-hidden">{t('maps.actors.colActions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {actors.map((actor) => {
                const cooperating = names(actor, 'cooperating');
                const conflict = names(actor, 'conflict');
                const member = actor.memberId ? members.find((candidate) => candidate.id === actor.memberId) : undefined;
                return (
                  <tr key={actor.id} data-testid="actor-row">
                    <th scope="row">
                      <div className="actor-cell">
                        <span dir="auto" className="actor-name">
                          {actor.name}
                        </span>
                        {actor.isOwnOrganisation ? (
                          <span className="badge actor-own">
                            <span aria-hidden="true">★ </span>
                            {t('maps.actors.ownBadge')}
                          </span>
                        ) : null}
                        {member ? (
                          <a className="badge badge--muted" href={`#/w/${page.workspaceId}/members/${member.id}`}>
                            {t('maps.actors.memberBadge')}
                          </a>
                        ) : null}
                        {actor.notes ? (
                          <span className="actor-notes" dir="auto">
                            {actor.notes}
                          </span>
                        ) : null}
                      </div>
                    </th>
                    <td>{t(`maps.actors.types.${actor.type}`)}</td>
                    <td dir="auto">{actor.subGroup}</td>
                    <td dir="auto">{actor.keyPersons}</td>
                    <td>
                      {cooperating || conflict ? (
                        <ul className="actor-relations">
                          {cooperating ? <li>{t('maps.actors.cooperatesWith', { names: cooperating })}</li> : null}
                          {conflict ? <li>{t('maps.actors.conflictWith', { names: conflict })}</li> : null}
                        </ul>
                      ) : (
                        <span className="action-row__muted">{t('maps.actors.noRelations')}</span>
                      )}
                    </td>
                    {readOnly ? null : (
                      <td className="table__actions">
                        <button type="button" className="button button--quiet" aria-label={t('maps.actors.editLabel', { name: actor.name })} onClick={() => setPending({ kind: 'edit', actor })}>
                          {t('maps.actors.edit')}
                        </button>
                        <button type="button" className="button button--quiet" aria-label={t('maps.actors.relationsLabel', { name: actor.name })} onClick={() => setPending({ kind: 'relations', actor })}>
                          {t('maps.actors.relations')}
                        </button>
                        <button
                          type="button"
                          className="button button--danger-quiet"
                          aria-label={t('maps.actors.deleteLabel', { name: actor.name })}
                          onClick={() => setPending({ kind: 'delete', actor, boards: boardsUsingActor(doc, actor.id).length })}
                        >
                          {t('maps.actors.delete')}
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      {dialog}
    </section>
  );
}

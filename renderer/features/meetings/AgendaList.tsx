import { useId, useLayoutEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { moveAgendaItem, type AgendaItem, type Meeting } from '../../../shared/sync/meetings-doc';
import type { DocumentEntry } from '../../../shared/model/document';
import type { Member } from '../../../shared/model/members';
import type { ProposalSummary } from './use-meetings';

interface Props {
  workspaceId: string;
  doc: Y.Doc;
  meeting: Meeting;
  members: readonly Member[];
  documents: readonly DocumentEntry[];
  proposals: readonly ProposalSummary[];
  readOnly: boolean;
  onEdit: (item: AgendaItem) => void;
  onRemove: (item: AgendaItem) => void;
}

/** Where focus goes once a move has been drawn: the moved item, or the button that moved it. */
interface PendingFocus {
  itemId: string;
  control: 'item' | 'up' | 'down';
}

/** The proposals shown on an item: those linked to it, and those put from it. */
export function proposalsOf(meeting: Meeting, item: AgendaItem, proposals: readonly ProposalSummary[]): ProposalSummary[] {
  const linked = new Set(item.links.filter((link) => link.kind === 'proposal').map((link) => link.id));
  return proposals.filter((proposal) => linked.has(proposal.id) || (proposal.meetingId === meeting.id && proposal.agendaItemId === item.id));
}

/**
 * The agenda, in order. Reordered by dragging an item's handle, or from the keyboard
 * with Move up / Move down or Alt+ArrowUp / Alt+ArrowDown on a focused item; each
 * move is announced politely and the focus stays with the moved item.
 */
export function AgendaList({ workspaceId, doc, meeting, members, documents, proposals, readOnly, onEdit, onRemove }: Props) {
  const { t } = useTranslation();
  const hintId = useId();
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropAt, setDropAt] = useState<{ itemId: string; after: boolean } | null>(null);
  const pendingFocus = useRef<PendingFocus | null>(null);
  const itemRefs = useRef(new Map<string, HTMLLIElement>());
  const agenda = meeting.agenda;
  const total = agenda.length;

  useLayoutEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = null;
    const element = itemRefs.current.get(pending.itemId);
    if (!element) return;
    const button = pending.control === 'item' ? null : element.querySelector<HTMLButtonElement>(`[data-move="${pending.control}"]`);
    (button && !button.disabled ? button : element).focus();
  }, [agenda]);

  const move = (item: AgendaItem, toIndex: number, control: PendingFocus['control']) => {
    if (readOnly || toIndex < 0 || toIndex >= total) return;
    pendingFocus.current = { itemId: item.id, control };
    if (!moveAgendaItem(doc, meeting.id, item.id, toIndex)) {
      pendingFocus.current = null;
      return;
    }
    // A trailing no-break space makes the same sentence twice in a row still count as a change.
    setAnnouncement((previous) => {
      const next = t('meetings.agenda.moved', { position: toIndex + 1, total });
      return previous === next ? `${next}\u00a0` : next;
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, item: AgendaItem, index: number) => {
    if (event.target !== event.currentTarget || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      move(item, index + (event.key === 'ArrowUp' ? -1 : 1), 'item');
    }
  };

  const onDragStart = (event: DragEvent<HTMLElement>, item: AgendaItem) => {
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', item.id);
    const row = itemRefs.current.get(item.id);
    if (row) event.dataTransfer.setDragImage(row, 16, 16);
    setDragging(item.id);
  };
  const onDragOver = (event: DragEvent<HTMLLIElement>, item: AgendaItem) => {
    if (dragging === null) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    const rect = event.currentTarget.getBoundingClientRect();
    const after = event.clientY > rect.top + rect.height / 2;
    if (dropAt?.itemId !== item.id || dropAt.after !== after) setDropAt({ itemId: item.id, after });
  };
  const onDrop = (event: DragEvent<HTMLLIElement>, target: AgendaItem) => {
    event.preventDefault();
    const movedId = dragging ?? event.dataTransfer.getData('text/plain');
    const after = dropAt?.itemId === target.id ? dropAt.after : false;
    setDragging(null);
    setDropAt(null);
    const moved = agenda.find((item) => item.id === movedId);
    if (!moved || moved.id === target.id) return;
    const others = agenda.filter((item) => item.id !== moved.id);
    const toIndex = others.findIndex((item) => item.id === target.id) + (after ? 1 : 0);
    if (toIndex === agenda.findIndex((item) => item.id === moved.id)) return;
    move(moved, toIndex, 'item');
  };
  const onDragEnd = () => {
    setDragging(null);
    setDropAt(null);
  };

  const memberName = (id: string) => members.find((member) => member.id === id)?.name;

  return (
    <>
      {readOnly || total < 2 ? null : (
        <p id={hintId} className="agenda__hint">
          {t('meetings.agenda.moveHint')}
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="agenda-announcement">
        {announcement}
      </p>
      {total === 0 ? (
        <p className="empty">{t('meetings.agenda.empty')}</p>
      ) : (
        <ol className="agenda" data-testid="agenda">
          {agenda.map((item, index) => {
            const presenter = item.presenter ? memberName(item.presenter) : undefined;
            const linkedDocuments = item.links
              .filter((link) => link.kind === 'document')
              .map((link) => documents.find((entry) => entry.id === link.id))
              .filter((entry): entry is DocumentEntry => entry !== undefined);
            const linkedProposals = proposalsOf(meeting, item, proposals);
            const classes = ['agenda-item'];
            if (dragging === item.id) classes.push('agenda-item--dragging');
            if (dropAt?.itemId === item.id && dragging !== item.id) classes.push(dropAt.after ? 'agenda-item--drop-after' : 'agenda-item--drop-before');
            return (
              <li
                key={item.id}
                ref={(element) => {
                  if (element) itemRefs.current.set(item.id, element);
                  else itemRefs.current.delete(item.id);
                }}
                className={classes.join(' ')}
                tabIndex={readOnly ? undefined : 0}
                aria-describedby={readOnly || total < 2 ? undefined : hintId}
                data-testid="agenda-item"
                data-item-id={item.id}
                onKeyDown={(event) => onKeyDown(event, item, index)}
                onDragOver={(event) => onDragOver(event, item)}
                onDrop={(event) => onDrop(event, item)}
              >
                {readOnly ? null : (
                  <span
                    className="agenda-item__handle"
                    draggable
                    aria-hidden="true"
                    title={t('meetings.agenda.dragHandle', { title: item.title })}
                    data-testid="agenda-handle"
                    onDragStart={(event) => onDragStart(event, item)}
                    onDragEnd={onDragEnd}
                  >
                    ⠿
                  </span>
                )}
                <span className="agenda-item__number" aria-hidden="true">
                  {index + 1}
                </span>
                <div className="agenda-item__main">
                  <h3 className="agenda-item__title">
                    <span className="visually-hidden">{t('meetings.agenda.position', { position: index + 1 })}: </span>
                    <bdi>{item.title}</bdi>
                  </h3>
                  <p className="agenda-item__meta">
                    {presenter ? <span>{t('meetings.agenda.presenter', { name: presenter })}</span> : null}
                    <span>{item.minutes > 0 ? t('meetings.agenda.minutes', { count: item.minutes }) : t('meetings.agenda.noTime')}</span>
                  </p>
                  {linkedDocuments.length > 0 ? (
                    <div className="agenda-item__links">
                      <span className="agenda-item__links-label">{t('meetings.agenda.documents')}:</span>
                      <ul className="inline-list">
                        {linkedDocuments.map((entry) => (
                          <li key={entry.id}>
                            <a href={`#/w/${workspaceId}/d/${entry.id}`} dir="auto">
                              {entry.title}
                            </a>
                          </li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                  {linkedProposals.length > 0 ? (
                    <div className="agenda-item__links">
                      <span className="agenda-item__links-label">{t('meetings.agenda.proposals')}:</span>
                      <ul className="inline-list">
                        {linkedProposals.map((proposal) => (
                          <li key={proposal.id}>
                            <a href={`#/w/${workspaceId}/decisions/${proposal.id}`} dir="auto">
                              {proposal.title}
                            </a>
                            <span className={`badge proposal-state proposal-state--${proposal.state}`}>{t(`meetings.proposalState.${proposal.state}`)}</span>
                          </li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                </div>
                {readOnly ? null : (
                  <div className="agenda-item__actions">
                    <button
                      type="button"
                      className="button button--quiet"
                      data-move="up"
                      disabled={index === 0}
                      aria-label={t('meetings.agenda.moveUpOf', { title: item.title })}
                      onClick={() => move(item, index - 1, 'up')}
                    >
                      <span aria-hidden="true">↑</span> {t('meetings.agenda.moveUp')}
                    </button>
                    <button
                      type="button"
                      className="button button--quiet"
                      data-move="down"
                      disabled={index === total - 1}
                      aria-label={t('meetings.agenda.moveDownOf', { title: item.title })}
                      onClick={() => move(item, index + 1, 'down')}
                    >
                      <span aria-hidden="true">↓</span> {t('meetings.agenda.moveDown')}
                    </button>
                    <button type="button" className="button" aria-label={t('meetings.agenda.editOf', { title: item.title })} onClick={() => onEdit(item)}>
                      {t('meetings.agenda.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button--danger-quiet"
                      aria-label={t('meetings.agenda.removeOf', { title: item.title })}
                      onClick={() => onRemove(item)}
                    >
                      {t('meetings.agenda.remove')}
                    </button>
                    <a
                      className="button"
                      href={`#/w/${workspaceId}/decisions?put=1&meeting=${encodeURIComponent(meeting.id)}&item=${encodeURIComponent(item.id)}`}
                      aria-label={t('meetings.agenda.putProposalOf', { title: item.title })}
                    >
                      {t('meetings.agenda.putProposal')}
                    </a>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}

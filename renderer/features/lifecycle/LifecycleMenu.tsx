import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { DocumentEntry } from '../../../shared/model/document';
import { allowedTransitions, setDocumentStatus, type DocumentStatus } from '../../../shared/sync/document-lifecycle';
import { AdoptDialog } from './AdoptDialog';
import { useLifecycle } from './use-lifecycle';

interface Props {
  workspaceDoc: Y.Doc;
  entry: DocumentEntry;
  /** An observer sees the status and cannot change it. */
  observer: boolean;
  author: { name: string };
}

/** The document's status, and (for members who may) the moves it allows: a disclosure, not a menu widget. */
export function LifecycleMenu({ workspaceDoc, entry, observer, author }: Props) {
  const { t } = useTranslation();
  const { status } = useLifecycle(workspaceDoc, entry.id);
  const [open, setOpen] = useState(false);
  const [adopting, setAdopting] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const moves = observer ? [] : allowedTransitions(status);
  const label = t('lifecycle.menuButton', { status: t(`lifecycle.statuses.${status}`) });

  useEffect(() => {
    if (open) listRef.current?.querySelector('button')?.focus();
  }, [open]);

  if (moves.length === 0 && !adopting) {
    return (
      <span className={`status-badge status-badge--${status}`} data-testid="document-status">
        {label}
      </span>
    );
  }
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const move = (to: DocumentStatus) => {
    // Focus goes back to the status button (the item chosen disappears with the list).
    close();
    if (to === 'adopted') setAdopting(true);
    else if (to === 'draft' || to === 'open-for-comment') setDocumentStatus(workspaceDoc, entry.id, to, { name: author.name, at: Date.now() });
  };
  return (
    <div
      className="lifecycle-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className={`status-badge status-badge--${status} status-badge--button`}
        aria-expanded={open}
        data-testid="document-status"
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      {open ? (
        <ul className="lifecycle-menu__list" ref={listRef}>
          {moves.map((to) => (
            <li key={to}>
              <button type="button" className="button button--quiet" onClick={() => move(to)}>
                {to === 'adopted' ? t('lifecycle.adopt') : to === 'draft' ? t('lifecycle.backToDraft') : t('lifecycle.openForComment')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {adopting ? <AdoptDialog workspaceDoc={workspaceDoc} entry={entry} author={author} onClose={() => setAdopting(false)} /> : null}
    </div>
  );
}

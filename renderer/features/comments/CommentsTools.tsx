/**
 * The document header's comment tools: "Comment" (on the selected text; hidden for
 * observers) and "Comments (n)", which opens the panel and shows the open-thread count.
 * It also keeps that count in the workspace doc for the document list (see
 * writeOpenCommentCount): any member with edit rights who has the document open corrects it.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { writeOpenCommentCount } from '../../../shared/sync/document-comments';
import { useDocumentContext } from '../documents/document-context';
import type { CommentsSession } from './comments-session';
import { startComment } from './CommentsPlugin';
import { useThreads } from './use-threads';

interface Props {
  session: CommentsSession;
  panelOpen: boolean;
  onTogglePanel: () => void;
  onOpenPanel: () => void;
}

export function CommentsTools({ session, panelOpen, onTogglePanel, onOpenPanel }: Props) {
  const { t } = useTranslation();
  const { doc, workspaceDoc, entry, readOnly } = useDocumentContext();
  const threads = useThreads(doc);
  const { hasSelection } = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const openCount = threads.filter((thread) => !thread.resolved).length;

  useEffect(() => {
    if (!readOnly) writeOpenCommentCount(workspaceDoc, entry.id, openCount);
  }, [readOnly, workspaceDoc, entry.id, openCount]);

  return (
    <>
      {readOnly ? null : (
        <button
          type="button"
          className="button"
          disabled={!hasSelection}
          title={t('comments.commentTitle')}
          aria-keyshortcuts="Control+Alt+M"
          // Keep the editor's selection: the button must not take the focus before it reads it.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            if (session.editor) startComment(session.editor, doc, session, onOpenPanel);
          }}
        >
          {t('comments.comment')}
        </button>
      )}
      <button type="button" className="button" aria-expanded={panelOpen} aria-controls={panelOpen ? 'comments-panel' : undefined} onClick={onTogglePanel}>
        {t('comments.toggle', { count: openCount })}
      </button>
    </>
  );
}

/**
 * The editor side of comments: knows whether text is selected (for the Comment button),
 * starts a comment on the selection (Ctrl+Alt+M), and marks commented passages with CSS
 * custom highlights — one highlight for open threads, one for the active thread — without
 * touching the editor's DOM. Highlights are recomputed after edits at most every
 * RECOMPUTE_MS and never through React state; placing the caret in (or clicking) a passage
 * activates its thread.
 */
import { useEffect } from 'react';
import * as Y from 'yjs';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND, type LexicalEditor } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { createDOMRange } from '@lexical/selection';
import { DOCUMENT_ROOT_NAME } from '../../../shared/sync/document-doc';
import { commentsMap, readThreads } from '../../../shared/sync/document-comments';
import { $anchorsForSelection, $nodeOf, $resolvePassage } from '../../editor/collab/lexical-anchors';
import { useDocumentContext } from '../documents/document-context';
import type { CommentsSession } from './comments-session';

const RECOMPUTE_MS = 150;
export const OPEN_HIGHLIGHT = 'accord-comment';
export const ACTIVE_HIGHLIGHT = 'accord-comment-active';

const supportsHighlights = typeof Highlight !== 'undefined' && typeof CSS !== 'undefined' && 'highlights' in CSS;

interface Props {
  session: CommentsSession;
  onOpenPanel: () => void;
}

/** Reads the editor's current selection as a passage to comment on; opens the panel's form. */
export function startComment(editor: LexicalEditor, doc: Y.Doc, session: CommentsSession, onOpenPanel: () => void): boolean {
  const anchors = editor.getEditorState().read(() => $anchorsForSelection($getSelection(), doc.get(DOCUMENT_ROOT_NAME, Y.XmlText)));
  if (!anchors) return false;
  session.setDraft(anchors);
  onOpenPanel();
  return true;
}

export function CommentsPlugin({ session, onOpenPanel }: Props) {
  const [editor] = useLexicalComposerContext();
  const { doc, readOnly } = useDocumentContext();

  useEffect(() => {
    session.editor = editor;
    const root = doc.get(DOCUMENT_ROOT_NAME, Y.XmlText);
    const comments = commentsMap(doc);
    // The open threads' passages as DOM ranges, from the last recompute.
    let ranges = new Map<string, Range>();
    let timer: ReturnType<typeof setTimeout> | null = null;

    const paint = () => {
      if (!supportsHighlights) return;
      const active = session.getSnapshot().activeThreadId;
      const activeRange = active ? ranges.get(active) : undefined;
      CSS.highlights.set(OPEN_HIGHLIGHT, new Highlight(...ranges.values()));
      const activeHighlight = activeRange ? new Highlight(activeRange) : new Highlight();
      activeHighlight.priority = 1; // drawn over the open threads' highlight
      CSS.highlights.set(ACTIVE_HIGHLIGHT, activeHighlight);
    };

    const recompute = () => {
      timer = null;
      const threads = readThreads(doc);
      const next = new Map<string, Range>();
      const orphaned = new Set<string>();
      editor.getEditorState().read(() => {
        for (const thread of threads) {
          const passage = $resolvePassage(doc, root, thread.anchor, thread.focus);
          if (!passage) {
            orphaned.add(thread.id);
            continue;
          }
          if (thread.resolved) continue;
          const start = $nodeOf(passage.anchor);
          const end = $nodeOf(passage.focus);
          const range = start && end ? createDOMRange(editor, start, passage.anchor.offset, end, passage.focus.offset) : null;
          if (range) next.set(thread.id, range);
        }
      });
      ranges = next;
      session.setOrphaned(orphaned);
      paint();
    };
    const schedule = () => {
      timer ??= setTimeout(recompute, RECOMPUTE_MS);
    };

    /** The open thread whose passage holds the caret, if any. */
    const threadAtCaret = (): string | null => {
      const selection = window.getSelection();
      if (!selection || selection.rangeCount === 0) return null;
      const caret = selection.getRangeAt(0);
      for (const [id, range] of ranges) {
        try {
          if (range.isPointInRange(caret.startContainer, caret.startOffset)) return id;
        } catch {
          // a stale range (its nodes left the document): skipped until the next recompute
        }
      }
      return null;
    };

    const offUpdate = editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
      const hasSelection = editorState.read(() => {
        const selection = $getSelection();
        return $isRangeSelection(selection) && !selection.isCollapsed();
      });
      session.setHasSelection(hasSelection);
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule();
      else if (!hasSelection && editor.getRootElement()?.contains(document.activeElement)) {
        // The caret moved: the thread of the passage it is in becomes the active one.
        const id = threadAtCaret();
        if (id) session.setActiveThread(id);
      }
    });
    const offKey = editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        if (readOnly || !(event.ctrlKey || event.metaKey) || !event.altKey || event.code !== 'KeyM') return false;
        event.preventDefault();
        startComment(editor, doc, session, onOpenPanel);
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    );
    const onClick = () => {
      const id = threadAtCaret();
      if (!id) return;
      session.setActiveThread(id);
      onOpenPanel();
    };
    const offRoot = editor.registerRootListener((rootElement, previous) => {
      previous?.removeEventListener('click', onClick);
      rootElement?.addEventListener('click', onClick);
    });
    const offSession = session.subscribe(paint);
    const onComments = () => schedule();
    comments.observeDeep(onComments);
    schedule();
    return () => {
      if (timer) clearTimeout(timer);
      offUpdate();
      offKey();
      offRoot();
      offSession();
      comments.unobserveDeep(onComments);
      editor.getRootElement()?.removeEventListener('click', onClick);
      session.editor = null;
      if (supportsHighlights) {
        CSS.highlights.delete(OPEN_HIGHLIGHT);
        CSS.highlights.delete(ACTIVE_HIGHLIGHT);
      }
    };
  }, [editor, doc, session, readOnly, onOpenPanel]);

  return null;
}

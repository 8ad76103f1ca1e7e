/**
 * "Who wrote what": every visible character is an item of the Y.Doc that records the Yjs
 * client (one per editing session) that inserted it; the doc's `authors` map names each
 * client. While the toggle is on, the text is painted per author with CSS custom
 * highlights (recomputed after edits, at most every RECOMPUTE_MS); while it is off nothing
 * is computed or listened to. The one thing always done, by members who may edit: on the
 * first local change of a session, this client's name and colour are written to `authors`.
 */
import { useEffect } from 'react';
import * as Y from 'yjs';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { createDOMRange } from '@lexical/selection';
import { DOCUMENT_ROOT_NAME } from '../../../shared/sync/document-doc';
import { authorRuns, authorsMap, readAuthors, writeAuthor, type AuthorInfo } from '../../../shared/sync/document-anchors';
import { $textNodeAt } from '../../editor/collab/lexical-anchors';
import { useDocumentContext } from '../documents/document-context';
import type { AuthorshipState, LegendEntry } from './authorship-state';

const RECOMPUTE_MS = 300;
/** The presence palette (renderer/features/sharing/display-name.ts), in the same order as the CSS slots. */
export const AUTHOR_PALETTE = ['#2563eb', '#c026d3', '#059669', '#d97706', '#dc2626', '#7c3aed', '#0891b2', '#65a30d'];
/** Text whose session never said who it was (written before sharing was on, or by an unnamed computer). */
const UNKNOWN_SLOT = AUTHOR_PALETTE.length;
const highlightName = (slot: number) => `accord-author-${slot}`;
const supportsHighlights = typeof Highlight !== 'undefined' && typeof CSS !== 'undefined' && 'highlights' in CSS;
const AUTHOR_ORIGIN = Symbol('authorship');

function clearHighlights(): void {
  if (!supportsHighlights) return;
  for (let slot = 0; slot <= UNKNOWN_SLOT; slot++) CSS.highlights.delete(highlightName(slot));
}

/**
 * One colour per author name (a person's sessions share it), in order of first appearance:
 * their presence colour when no one before took it, else the first free one.
 */
function assignSlots(infos: Iterable<AuthorInfo | undefined>): Map<string, number> {
  const colors = new Map<string, string>();
  for (const info of infos) if (info && !colors.has(info.name)) colors.set(info.name, info.color);
  const slots = new Map<string, number>();
  const used = new Set<number>();
  for (const [name, color] of colors) {
    const preferred = AUTHOR_PALETTE.indexOf(color);
    if (preferred >= 0 && !used.has(preferred)) {
      slots.set(name, preferred);
      used.add(preferred);
    }
  }
  for (const name of colors.keys()) {
    if (slots.has(name)) continue;
    const free = [...AUTHOR_PALETTE.keys()].find((slot) => !used.has(slot)) ?? slots.size % AUTHOR_PALETTE.length;
    slots.set(name, free);
    used.add(free);
  }
  return new Map([...colors.keys()].map((name) => [name, slots.get(name)!]));
}

export function AuthorshipPlugin({ state, on }: { state: AuthorshipState; on: boolean }) {
  const [editor] = useLexicalComposerContext();
  const { doc, readOnly, author } = useDocumentContext();
  const { name, color } = author;

  // Sign this session's changes: once, after its first local change.
  useEffect(() => {
    // Unnamed (sharing never turned on): nothing to tell others; the text shows as by an unknown author.
    if (readOnly || name.trim() === '') return;
    const onTransaction = (transaction: Y.Transaction) => {
      if (!transaction.local || transaction.origin === AUTHOR_ORIGIN) return;
      doc.off('afterTransaction', onTransaction);
      queueMicrotask(() => doc.transact(() => writeAuthor(doc, { name, color }), AUTHOR_ORIGIN));
    };
    doc.on('afterTransaction', onTransaction);
    return () => doc.off('afterTransaction', onTransaction);
  }, [doc, readOnly, name, color]);

  useEffect(() => {
    if (!on) return;
    const root = doc.get(DOCUMENT_ROOT_NAME, Y.XmlText);
    let timer: ReturnType<typeof setTimeout> | null = null;

    const recompute = () => {
      timer = null;
      const authors = readAuthors(doc);
      const runs = authorRuns(root);
      const slotOf = assignSlots(runs.map((run) => authors.get(run.client)));
      const ranges = new Map<number, Range[]>();
      editor.getEditorState().read(() => {
        for (const run of runs) {
          const info = authors.get(run.client);
          const slot = info ? slotOf.get(info.name)! : UNKNOWN_SLOT;
          const node = $textNodeAt(run.path, run.child);
          if (!node || run.offset + run.length > node.getTextContentSize()) continue;
          const range = createDOMRange(editor, node, run.offset, node, run.offset + run.length);
          if (!range) continue;
          const list = ranges.get(slot) ?? [];
          list.push(range);
          ranges.set(slot, list);
        }
      });
      if (supportsHighlights) {
        for (let slot = 0; slot <= UNKNOWN_SLOT; slot++) {
          const list = ranges.get(slot);
          if (list) CSS.highlights.set(highlightName(slot), new Highlight(...list));
          else CSS.highlights.delete(highlightName(slot));
        }
      }
      const legend: LegendEntry[] = [...slotOf].map(([name, slot]) => ({ slot, name }));
      if (ranges.has(UNKNOWN_SLOT)) legend.push({ slot: UNKNOWN_SLOT, name: null });
      state.setLegend(legend);
    };
    const schedule = () => {
      timer ??= setTimeout(recompute, RECOMPUTE_MS);
    };
    const offUpdate = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule();
    });
    const authors = authorsMap(doc);
    authors.observe(schedule);
    recompute();
    return () => {
      if (timer) clearTimeout(timer);
      offUpdate();
      authors.unobserve(schedule);
      clearHighlights();
    };
  }, [on, doc, editor, state]);

  return null;
}

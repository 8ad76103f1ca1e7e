/**
 * Lexical's Yjs binding (v1) only renders what reaches the Y.Doc after it is attached: its
 * own examples always hand it an empty doc that fills from the network. Accord's docs are
 * shared by the editor, storage and sync (renderer/collab/doc-registry.ts), so a shared
 * document's doc is usually full before its editor opens. This replays that content to the
 * binding as the one event it would have seen had the doc filled after it attached: an
 * insertion of everything, delivered to the root's deep observers (where the binding listens).
 *
 * It relies on two Yjs 13 internals, checked by tests/unit/editor/hydrate-from-yjs.test.ts:
 * a type's deep-observer list (`_dEH.l`) and how YTextEvent derives its delta from a
 * transaction's `beforeState` and `deleteSet`.
 */
import * as Y from 'yjs';

interface DeepObservers {
  _dEH: { l: Array<(events: unknown[], transaction: Y.Transaction) => void> };
}

/** True when `root` holds content its observers have not been shown (call before they see anything else). */
export function hasContent(root: Y.XmlText): boolean {
  return root.length > 0;
}

export function replayContentToObservers(doc: Y.Doc, root: Y.XmlText, origin: unknown): void {
  const transaction = new Y.Transaction(doc, origin, false);
  // Everything counts as added (an empty "before" state); what is deleted stays deleted.
  transaction.beforeState = new Map();
  transaction.deleteSet = Y.createDeleteSetFromStructStore(doc.store);
  const event = new Y.YTextEvent(root, transaction, new Set([null]));
  const observers = (root as unknown as DeepObservers)._dEH.l.slice();
  for (const observe of observers) observe([event], transaction);
}

/**
 * Makes @lexical/yjs (v1 binding, 0.52.x) sync only what changed.
 *
 * On every local edit the binding walks the *whole* document tree and compares
 * each node's properties with its previous version, because Lexical marks the
 * root dirty whenever anything below it changes. In a 200-page agreement that is
 * tens of thousands of comparisons per keystroke. Lexical already tells us what
 * changed: every node written in an update is in `dirtyElements`/`dirtyLeaves`
 * (with all its ancestors), and an untouched node is the very same object in the
 * previous and the next editor state. So a child that is in neither set and is
 * identical to its previous version has nothing to sync and is skipped.
 *
 * Full syncs (a new collab node built from scratch passes null maps) are left
 * alone. If a future @lexical/yjs drops the hook this wraps, nothing is patched
 * and the binding keeps its (slower, correct) behaviour.
 */
import * as Y from 'yjs';
import { $getNodeByKey, type LexicalNode, type NodeKey } from 'lexical';
import { createHeadlessEditor } from '@lexical/headless';
import { createYjsBinding } from '@lexical/yjs';

type SyncChild = (
  this: unknown,
  binding: unknown,
  index: number,
  key: NodeKey,
  prevNodeMap: Map<NodeKey, LexicalNode> | null,
  dirtyElements: Map<NodeKey, boolean> | null,
  dirtyLeaves: Set<NodeKey> | null,
) => void;

const PATCHED = Symbol.for('accord.incrementalYjsSync');
let state: 'unknown' | 'patched' | 'unsupported' = 'unknown';

function collabElementPrototype(): Record<string | symbol, unknown> | null {
  const doc = new Y.Doc();
  const editor = createHeadlessEditor({ onError: () => {} });
  const binding = createYjsBinding({ editor, id: 'probe', doc, docMap: new Map([['probe', doc]]) });
  const prototype = Object.getPrototypeOf(binding.root) as Record<string | symbol, unknown> | null;
  doc.destroy();
  return prototype;
}

export function ensureIncrementalYjsSync(): 'patched' | 'unsupported' {
  if (state !== 'unknown') return state;
  const prototype = collabElementPrototype();
  const original = prototype?._syncChildFromLexical as SyncChild | undefined;
  if (!prototype || typeof original !== 'function') {
    state = 'unsupported';
    return state;
  }
  if (!prototype[PATCHED]) {
    prototype._syncChildFromLexical = function (this: unknown, binding, index, key, prevNodeMap, dirtyElements, dirtyLeaves) {
      if (prevNodeMap && dirtyElements && dirtyLeaves && !dirtyElements.has(key) && !dirtyLeaves.has(key)) {
        const previous = prevNodeMap.get(key);
        if (previous !== undefined && previous === $getNodeByKey(key)) return; // unchanged subtree
      }
      original.call(this, binding, index, key, prevNodeMap, dirtyElements, dirtyLeaves);
    } satisfies SyncChild;
    prototype[PATCHED] = true;
  }
  state = 'patched';
  return state;
}

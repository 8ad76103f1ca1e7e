import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { listActionItems, observeActionItems, type ActionItem } from '../../../shared/sync/action-items';

/** The workspace's action items, live (another member may add, change or delete one). */
export function useActionItems(doc: Y.Doc): ActionItem[] {
  const [items, setItems] = useState(() => listActionItems(doc));
  useEffect(() => {
    setItems(listActionItems(doc));
    return observeActionItems(doc, () => setItems(listActionItems(doc)));
  }, [doc]);
  return items;
}

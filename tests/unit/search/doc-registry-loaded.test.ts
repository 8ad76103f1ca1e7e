import { describe, expect, it } from 'vitest';
import { DocRegistry } from '../../../renderer/collab/doc-registry';
import { SaveStatusHub } from '../../../renderer/collab/save-status-hub';
import { freshDb } from '../storage/storage-test-helpers';

describe('DocRegistry.onLoaded (what the search indexer watches)', () => {
  it('tells about docs already loaded and loaded later, and runs their cleanup when they close', async () => {
    const db = freshDb();
    const registry = new DocRegistry(db, new SaveStatusHub());
    const first = registry.acquire('doc_a', { workspaceId: 'ws_1' });
    await first.ready;
    const seen: string[] = [];
    const closed: string[] = [];
    const stop = registry.onLoaded((docId, doc, workspaceId) => {
      seen.push(`${docId}@${workspaceId}:${doc.guid}`);
      return () => closed.push(docId);
    });
    expect(seen).toEqual(['doc_a@ws_1:doc_a']);
    const second = registry.acquire('doc_b', { workspaceId: 'ws_1' });
    await second.ready;
    expect(seen).toEqual(['doc_a@ws_1:doc_a', 'doc_b@ws_1:doc_b']);
    await first.release();
    expect(closed).toEqual(['doc_a']);
    stop();
    const third = registry.acquire('doc_c', { workspaceId: null });
    await third.ready;
    expect(seen).toHaveLength(2);
    await registry.closeAll();
    expect(closed).toEqual(['doc_a', 'doc_b']);
    db.close();
  });
});

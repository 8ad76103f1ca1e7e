// Comment threads in a document's Y.Doc: written, replied to, resolved and reopened on one
// side and read the same on the other; damaged entries from a peer are skipped, not trusted.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addReply,
  addThread,
  commentsMap,
  countOpenThreads,
  readOpenCommentCounts,
  readThreads,
  setResolved,
  writeOpenCommentCount,
} from '../../../shared/sync/document-comments';
import { readAuthors, writeAuthor, authorsMap } from '../../../shared/sync/document-anchors';

const anchor = new Uint8Array([1, 2, 3]);
const focus = new Uint8Array([4, 5, 6]);

function synced(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array) => Y.applyUpdate(b, update));
  b.on('update', (update: Uint8Array) => Y.applyUpdate(a, update));
  return [a, b];
}

describe('comment threads', () => {
  it('travel with the doc: opened, replied to, resolved and reopened, in order', () => {
    const [a, b] = synced();
    addThread(a, { id: 't2', anchor, focus, quote: 'every month', author: 'Amina', createdAt: 20, text: 'Which months?', mentions: ['m1', 'm1'] });
    addThread(a, { id: 't1', anchor, focus, quote: 'consent', author: 'Amina', createdAt: 10, text: 'Or consensus?', mentions: [] });
    expect(addReply(b, 't2', { id: 'r1', author: 'Bruno', text: 'All of them.', createdAt: 30, mentions: [] })).toBe(true);
    expect(addReply(b, 'missing', { id: 'r2', author: 'Bruno', text: 'Lost', createdAt: 31, mentions: [] })).toBe(false);
    const [first, second] = readThreads(a);
    expect(first!.id).toBe('t1');
    expect(second).toMatchObject({ id: 't2', quote: 'every month', author: 'Amina', resolved: false, resolvedBy: null });
    expect(second!.messages.map((message) => [message.author, message.text, message.mentions])).toEqual([
      ['Amina', 'Which months?', ['m1']],
      ['Bruno', 'All of them.', []],
    ]);
    expect(second!.anchor).toEqual(anchor);
    expect(countOpenThreads(b)).toBe(2);

    setResolved(b, 't2', true, 'Bruno', 40);
    expect(readThreads(a)[1]).toMatchObject({ resolved: true, resolvedBy: 'Bruno', resolvedAt: 40 });
    expect(countOpenThreads(a)).toBe(1);
    setResolved(a, 't2', false, 'Amina', 50);
    expect(readThreads(b)[1]).toMatchObject({ resolved: false, resolvedBy: null, resolvedAt: null });
  });

  it('skip what a peer wrote badly instead of trusting it', () => {
    const doc = new Y.Doc();
    addThread(doc, { id: 'ok', anchor, focus, quote: 'x', author: 'A', createdAt: 1, text: 'fine', mentions: [] });
    const map = commentsMap(doc);
    map.set('not-a-map', 'hello' as unknown as Y.Map<unknown>);
    map.set('no-anchor', new Y.Map<unknown>([['focus', focus], ['replies', new Y.Array()]]));
    const empty = new Y.Map<unknown>([['anchor', anchor], ['focus', focus], ['replies', new Y.Array()]]);
    map.set('no-messages', empty);
    const odd = new Y.Array<unknown>();
    odd.push([42, new Y.Map<unknown>([['id', 'm'], ['text', 'kept'], ['mentions', ['a', 7]], ['createdAt', 'soon']])]);
    map.set('odd', new Y.Map<unknown>([['anchor', anchor], ['focus', focus], ['replies', odd], ['resolved', 'yes']]));
    const threads = readThreads(doc);
    expect(threads.map((thread) => thread.id).sort()).toEqual(['odd', 'ok']);
    expect(threads.find((thread) => thread.id === 'odd')).toMatchObject({ resolved: false, quote: '', messages: [{ id: 'm', text: 'kept', mentions: ['a'], createdAt: 0, author: '' }] });
  });
});

describe('open-comment counts in the workspace doc', () => {
  it('are written only when they change and read back without the empty ones', () => {
    const workspace = new Y.Doc();
    let updates = 0;
    workspace.on('update', () => updates++);
    writeOpenCommentCount(workspace, 'doc_a', 2);
    writeOpenCommentCount(workspace, 'doc_a', 2);
    writeOpenCommentCount(workspace, 'doc_b', 0); // none yet: nothing to write
    expect(updates).toBe(1);
    writeOpenCommentCount(workspace, 'doc_a', 0);
    expect(updates).toBe(2);
    writeOpenCommentCount(workspace, 'doc_b', 1);
    expect([...readOpenCommentCounts(workspace)]).toEqual([['doc_b', 1]]);
  });
});

describe('authors of a document', () => {
  it('name each editing session, ignoring entries that are not a name and a colour', () => {
    const doc = new Y.Doc();
    writeAuthor(doc, { name: 'Amina', color: '#2563eb' });
    authorsMap(doc).set('123', { name: 'Bad', color: 'red; background: url(x)' });
    authorsMap(doc).set('x', { name: 'Bad', color: '#000000' });
    expect([...readAuthors(doc)]).toEqual([[doc.clientID, { name: 'Amina', color: '#2563eb' }]]);
  });
});

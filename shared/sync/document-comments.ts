/**
 * Comment threads live in the document's own Y.Doc (map `comments`), so they sync, persist
 * and are sealed with the text they talk about. A thread: where it is anchored (two encoded
 * Yjs relative positions, see document-anchors.ts), the text it was written on (kept, so a
 * thread whose passage others deleted can still say what it was about), its messages
 * (the first one opens the thread) and whether it is resolved.
 *
 * Reads tolerate bad data (a thread or message missing fields is skipped or given defaults):
 * what arrives from others is not trusted to be well formed.
 */
import * as Y from 'yjs';

const COMMENTS = 'comments';
/** In the workspace doc: document id → number of open threads, so the document list need not open every document. */
const OPEN_COMMENT_COUNTS = 'openComments';

export const COMMENT_TEXT_MAX = 4000;
export const COMMENT_QUOTE_MAX = 500;

export interface CommentMessage {
  id: string;
  author: string;
  text: string;
  createdAt: number;
  /** Member ids mentioned with @. */
  mentions: string[];
}

export interface CommentThread {
  id: string;
  anchor: Uint8Array;
  focus: Uint8Array;
  quote: string;
  author: string;
  createdAt: number;
  resolved: boolean;
  resolvedBy: string | null;
  resolvedAt: number | null;
  /** The opening message first; never empty (a thread without one is not listed). */
  messages: CommentMessage[];
}

export interface NewMessage {
  id: string;
  author: string;
  text: string;
  createdAt: number;
  mentions: string[];
}

export interface NewThread extends NewMessage {
  anchor: Uint8Array;
  focus: Uint8Array;
  quote: string;
}

export function commentsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(COMMENTS);
}

function messageMap(message: NewMessage): Y.Map<unknown> {
  return new Y.Map<unknown>([
    ['id', message.id],
    ['author', message.author],
    ['text', message.text.slice(0, COMMENT_TEXT_MAX)],
    ['createdAt', message.createdAt],
    ['mentions', [...new Set(message.mentions)]],
  ]);
}

export function addThread(doc: Y.Doc, thread: NewThread): void {
  doc.transact(() => {
    const replies = new Y.Array<Y.Map<unknown>>();
    replies.push([messageMap(thread)]);
    const map = new Y.Map<unknown>([
      ['anchor', thread.anchor],
      ['focus', thread.focus],
      ['quote', thread.quote.slice(0, COMMENT_QUOTE_MAX)],
      ['author', thread.author],
      ['createdAt', thread.createdAt],
      ['resolved', false],
      ['replies', replies],
    ]);
    commentsMap(doc).set(thread.id, map);
  });
}

/** False when the thread is gone (or damaged). */
export function addReply(doc: Y.Doc, threadId: string, message: NewMessage): boolean {
  const replies = commentsMap(doc).get(threadId)?.get('replies');
  if (!(replies instanceof Y.Array)) return false;
  replies.push([messageMap(message)]);
  return true;
}

export function setResolved(doc: Y.Doc, threadId: string, resolved: boolean, by: string, at: number): boolean {
  const map = commentsMap(doc).get(threadId);
  if (!(map instanceof Y.Map)) return false;
  doc.transact(() => {
    map.set('resolved', resolved);
    if (resolved) {
      map.set('resolvedBy', by);
      map.set('resolvedAt', at);
    } else {
      map.delete('resolvedBy');
      map.delete('resolvedAt');
    }
  });
  return true;
}

const text = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const time = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

function readMessage(value: unknown): CommentMessage | null {
  if (!(value instanceof Y.Map)) return null;
  const id = value.get('id');
  const body = value.get('text');
  if (typeof id !== 'string' || typeof body !== 'string') return null;
  const mentions = value.get('mentions');
  return {
    id,
    author: text(value.get('author')),
    text: body.slice(0, COMMENT_TEXT_MAX),
    createdAt: time(value.get('createdAt')),
    mentions: Array.isArray(mentions) ? mentions.filter((item): item is string => typeof item === 'string') : [],
  };
}

export function readThread(id: string, value: unknown): CommentThread | null {
  if (!(value instanceof Y.Map)) return null;
  const anchor = value.get('anchor');
  const focus = value.get('focus');
  const replies = value.get('replies');
  if (!(anchor instanceof Uint8Array) || !(focus instanceof Uint8Array) || !(replies instanceof Y.Array)) return null;
  const messages = replies.toArray().map(readMessage).filter((message): message is CommentMessage => message !== null);
  if (messages.length === 0) return null;
  const resolved = value.get('resolved') === true;
  return {
    id,
    anchor,
    focus,
    quote: text(value.get('quote')).slice(0, COMMENT_QUOTE_MAX),
    author: text(value.get('author'), messages[0]!.author),
    createdAt: time(value.get('createdAt')) || messages[0]!.createdAt,
    resolved,
    resolvedBy: resolved ? text(value.get('resolvedBy')) || null : null,
    resolvedAt: resolved ? time(value.get('resolvedAt')) || null : null,
    messages,
  };
}

/** Every readable thread, oldest first. */
export function readThreads(doc: Y.Doc): CommentThread[] {
  const threads: CommentThread[] = [];
  commentsMap(doc).forEach((value, id) => {
    const thread = readThread(id, value);
    if (thread) threads.push(thread);
  });
  return threads.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

export function countOpenThreads(doc: Y.Doc): number {
  return readThreads(doc).filter((thread) => !thread.resolved).length;
}

/**
 * The document list shows each document's open-comment count without opening every
 * document's Y.Doc: whoever changes a thread (or opens the document and finds the number
 * stale, e.g. after concurrent changes) writes the count into the workspace doc.
 */
export function writeOpenCommentCount(workspaceDoc: Y.Doc, documentId: string, count: number): void {
  const counts = workspaceDoc.getMap<unknown>(OPEN_COMMENT_COUNTS);
  const current = counts.get(documentId);
  // No entry reads as none: opening a document without comments writes nothing.
  if (count === 0 ? current === undefined || current === 0 : current === count) return;
  counts.set(documentId, count);
}

export function readOpenCommentCounts(workspaceDoc: Y.Doc): Map<string, number> {
  const result = new Map<string, number>();
  workspaceDoc.getMap<unknown>(OPEN_COMMENT_COUNTS).forEach((value, id) => {
    if (typeof value === 'number' && Number.isInteger(value) && value > 0) result.set(id, value);
  });
  return result;
}

export function openCommentCountsMap(workspaceDoc: Y.Doc): Y.Map<unknown> {
  return workspaceDoc.getMap<unknown>(OPEN_COMMENT_COUNTS);
}

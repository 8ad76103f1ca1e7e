/**
 * Strategy maps (toolkit §3) in the workspace's Y.Doc: Y.Map `maps`, id → Y.Map with the
 * board's `kind`, `title`, `createdAt` and `content` — a Y.Map each kind lays out as it needs
 * (shared/sync/boards/<kind>.ts). The actors the boards place live apart, in the actor
 * registry (shared/sync/actors-doc.ts), so one actor can be on several boards.
 */
import * as Y from 'yjs';
import { newId } from '../model/ids';

export const MAP_KINDS = ['power-map', 'spectrum', 'theory-of-change', 'problem-tree', 'force-field'] as const;
export type MapKind = (typeof MAP_KINDS)[number];

export const MAP_TITLE_MAX = 200;

export interface MapBoard {
  id: string;
  kind: MapKind;
  title: string;
  /** ISO date-time. */
  createdAt: string;
}

const MAPS = 'maps';
const ID = /^[A-Za-z0-9_-]{1,80}$/;

export function isMapKind(value: unknown): value is MapKind {
  return typeof value === 'string' && (MAP_KINDS as readonly string[]).includes(value);
}

function mapsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(MAPS);
}

function entryOf(doc: Y.Doc, id: string): Y.Map<unknown> | null {
  const entry = mapsMap(doc).get(id);
  return entry instanceof Y.Map ? entry : null;
}

function readBoard(id: string, entry: unknown): MapBoard | null {
  if (!(entry instanceof Y.Map) || !ID.test(id)) return null;
  const kind = entry.get('kind');
  const title = entry.get('title');
  const createdAt = entry.get('createdAt');
  if (!isMapKind(kind) || typeof title !== 'string' || title.trim() === '') return null;
  return { id, kind, title: title.slice(0, MAP_TITLE_MAX), createdAt: typeof createdAt === 'string' ? createdAt : '' };
}

/** Every readable board, oldest first (then by id). */
export function listMaps(doc: Y.Doc): MapBoard[] {
  const boards: MapBoard[] = [];
  mapsMap(doc).forEach((entry, id) => {
    const board = readBoard(id, entry);
    if (board) boards.push(board);
  });
  return boards.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
}

export function readMap(doc: Y.Doc, id: string): MapBoard | null {
  return readBoard(id, mapsMap(doc).get(id));
}

/** Creates an empty board; `fill` may write the kind's starting content in the same transaction. */
export function createMap(doc: Y.Doc, input: { kind: MapKind; title: string; at?: string }, fill?: (content: Y.Map<unknown>) => void): string {
  const id = newId('map', (bytes) => crypto.getRandomValues(bytes));
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    entry.set('kind', input.kind);
    entry.set('title', input.title.trim().slice(0, MAP_TITLE_MAX));
    entry.set('createdAt', input.at ?? new Date().toISOString());
    const content = new Y.Map<unknown>();
    entry.set('content', content);
    mapsMap(doc).set(id, entry);
    fill?.(content);
  });
  return id;
}

export function renameMap(doc: Y.Doc, id: string, title: string): boolean {
  const entry = entryOf(doc, id);
  const trimmed = title.trim().slice(0, MAP_TITLE_MAX);
  if (!entry || !trimmed) return false;
  entry.set('title', trimmed);
  return true;
}

export function deleteMap(doc: Y.Doc, id: string): boolean {
  if (!entryOf(doc, id)) return false;
  mapsMap(doc).delete(id);
  return true;
}

/** The board's own content, where its kind keeps what is on it; null when the board is gone or damaged. */
export function mapContent(doc: Y.Doc, id: string): Y.Map<unknown> | null {
  const content = entryOf(doc, id)?.get('content');
  return content instanceof Y.Map ? content : null;
}

/** Any change to the list of boards or to what is on them. */
export function observeMaps(doc: Y.Doc, listener: () => void): () => void {
  const map = mapsMap(doc);
  const onChange = () => listener();
  map.observeDeep(onChange);
  return () => map.unobserveDeep(onChange);
}

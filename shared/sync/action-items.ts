/**
 * Action items of a workspace: who does what, by when, and the meeting or decision it came
 * from. Kept in the workspace's Y.Doc, map `actionItems`: item id → a Y.Map with one key per
 * field, so two people changing different fields of the same item at the same time both keep
 * their change. The source is one plain value (its kind and ids change together).
 *
 * Nothing read from the doc is trusted (another computer or a hand-edited file may hold
 * anything): an unknown status reads as 'todo', a date that is not a real `YYYY-MM-DD` as '',
 * over-long text is cut, a malformed source is left out, and an entry that is not a map is
 * skipped.
 */
import * as Y from 'yjs';
import { isIsoDate } from '../model/dates';
import { newId } from '../model/ids';

export const ACTION_STATUSES = ['todo', 'in-progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Statuses of an item still to be done: the list shows these by default. */
export const OPEN_STATUSES: readonly ActionStatus[] = ['todo', 'in-progress'];

export type ActionSource = { kind: 'meeting'; meetingId: string } | { kind: 'decision'; proposalId: string; entryId?: string };

export interface ActionItem {
  id: string;
  title: string;
  /** A member id, or '' when nobody owns it yet. */
  owner: string;
  /** `YYYY-MM-DD`, or '' when it has no due date. */
  due: string;
  status: ActionStatus;
  notes: string;
  source?: ActionSource;
  /** ISO timestamp. */
  createdAt: string;
  /** The member who created it, or ''. */
  createdBy: string;
}

export const ACTION_TITLE_MAX = 300;
export const ACTION_NOTES_MAX = 5000;
/** Member, meeting, proposal and log entry ids: plain, URL-safe words (they go into links). */
const REF_ID = /^[A-Za-z0-9_-]{1,80}$/;
const TIMESTAMP_MAX = 40;

const ACTION_ITEMS = 'actionItems';

function itemsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ACTION_ITEMS);
}

export function isActionStatus(value: unknown): value is ActionStatus {
  return typeof value === 'string' && (ACTION_STATUSES as readonly string[]).includes(value);
}

function isRefId(value: unknown): value is string {
  return typeof value === 'string' && REF_ID.test(value);
}

/** A source as stored, or undefined when it is missing or malformed. */
export function readSource(value: unknown): ActionSource | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  if (record.kind === 'meeting' && isRefId(record.meetingId)) return { kind: 'meeting', meetingId: record.meetingId };
  if (record.kind === 'decision' && isRefId(record.proposalId)) {
    return isRefId(record.entryId)
      ? { kind: 'decision', proposalId: record.proposalId, entryId: record.entryId }
      : { kind: 'decision', proposalId: record.proposalId };
  }
  return undefined;
}

function text(value: unknown, max: number): string {
  if (typeof value !== 'string') return '';
  // Cut by code points, so a cut never leaves half a surrogate pair.
  const chars = Array.from(value);
  return chars.length > max ? chars.slice(0, max).join('') : value;
}

function readItem(id: string, entry: Y.Map<unknown>): ActionItem {
  const status = entry.get('status');
  const due = entry.get('due');
  const owner = entry.get('owner');
  const createdBy = entry.get('createdBy');
  const source = readSource(entry.get('source'));
  const item: ActionItem = {
    id,
    title: text(entry.get('title'), ACTION_TITLE_MAX),
    owner: isRefId(owner) ? owner : '',
    due: isIsoDate(due) ? due : '',
    status: isActionStatus(status) ? status : 'todo',
    notes: text(entry.get('notes'), ACTION_NOTES_MAX),
    createdAt: text(entry.get('createdAt'), TIMESTAMP_MAX),
    createdBy: isRefId(createdBy) ? createdBy : '',
  };
  if (source) item.source = source;
  return item;
}

/** Every action item, in no particular order (filterActionItems sorts). */
export function listActionItems(doc: Y.Doc): ActionItem[] {
  const out: ActionItem[] = [];
  for (const [id, entry] of itemsMap(doc)) {
    if (!(entry instanceof Y.Map) || !REF_ID.test(id)) continue;
    out.push(readItem(id, entry));
  }
  return out;
}

export function getActionItem(doc: Y.Doc, id: string): ActionItem | undefined {
  const entry = itemsMap(doc).get(id);
  return entry instanceof Y.Map ? readItem(id, entry) : undefined;
}

export function observeActionItems(doc: Y.Doc, listener: () => void): () => void {
  const map = itemsMap(doc);
  const handler = () => listener();
  map.observeDeep(handler);
  return () => map.unobserveDeep(handler);
}

// ---------------------------------------------------------------- input

export interface ActionItemInput {
  title: string;
  owner?: string;
  due?: string;
  status?: ActionStatus;
  notes?: string;
  /** null: no source (in a patch, removes it). */
  source?: ActionSource | null;
}

export interface ActionItemPatch {
  title?: string;
  owner?: string;
  due?: string;
  status?: ActionStatus;
  notes?: string;
  source?: ActionSource | null;
}

export type ActionField = 'title' | 'owner' | 'due' | 'status' | 'notes' | 'source';
export type ActionProblemCode = 'required' | 'too-long' | 'invalid-date' | 'invalid';

export interface ActionProblem {
  field: ActionField;
  code: ActionProblemCode;
}

/** Thrown by add/update when the input breaks a rule; the dialog checks first with validateActionInput. */
export class ActionItemInputError extends Error {
  constructor(readonly problems: ActionProblem[]) {
    super(`Invalid action item: ${problems.map((problem) => `${problem.field} ${problem.code}`).join(', ')}`);
    this.name = 'ActionItemInputError';
  }
}

/** The fields of `input` as stored: text trimmed (notes keep their inner line breaks). */
export function normaliseActionInput<T extends ActionItemPatch>(input: T): T {
  const out = { ...input };
  if (out.title !== undefined) out.title = out.title.replace(/\s+/g, ' ').trim();
  if (out.notes !== undefined) out.notes = out.notes.trim();
  if (out.owner !== undefined) out.owner = out.owner.trim();
  if (out.due !== undefined) out.due = out.due.trim();
  return out;
}

/**
 * Problems of a (normalised) input or patch. `requireTitle`: a new item must have a title;
 * a patch without `title` keeps the one it has.
 */
export function validateActionInput(input: ActionItemPatch, requireTitle = true): ActionProblem[] {
  const problems: ActionProblem[] = [];
  if (input.title !== undefined || requireTitle) {
    const title = input.title ?? '';
    if (title === '') problems.push({ field: 'title', code: 'required' });
    else if (Array.from(title).length > ACTION_TITLE_MAX) problems.push({ field: 'title', code: 'too-long' });
  }
  if (input.owner !== undefined && input.owner !== '' && !isRefId(input.owner)) problems.push({ field: 'owner', code: 'invalid' });
  if (input.due !== undefined && input.due !== '' && !isIsoDate(input.due)) problems.push({ field: 'due', code: 'invalid-date' });
  if (input.status !== undefined && !isActionStatus(input.status)) problems.push({ field: 'status', code: 'invalid' });
  if (input.notes !== undefined && Array.from(input.notes).length > ACTION_NOTES_MAX) problems.push({ field: 'notes', code: 'too-long' });
  if (input.source !== undefined && input.source !== null && !readSource(input.source)) problems.push({ field: 'source', code: 'invalid' });
  return problems;
}

/** A source as one plain value, with only the keys it has (an absent entryId is no key). */
function storedSource(source: ActionSource): Record<string, string> {
  return source.kind === 'meeting'
    ? { kind: 'meeting', meetingId: source.meetingId }
    : { kind: 'decision', proposalId: source.proposalId, ...(source.entryId ? { entryId: source.entryId } : {}) };
}

function sameSource(a: ActionSource | undefined, b: ActionSource | undefined): boolean {
  return JSON.stringify(a ? storedSource(a) : null) === JSON.stringify(b ? storedSource(b) : null);
}

export interface AddOptions {
  /** The member creating it ("who am I"), or null. */
  createdBy?: string | null;
  now?: Date;
  random?: (bytes: Uint8Array) => Uint8Array;
}

/** Adds an item; returns its id. Throws ActionItemInputError when the input is invalid. */
export function addActionItem(doc: Y.Doc, input: ActionItemInput, options: AddOptions = {}): string {
  const tidy = normaliseActionInput(input);
  const problems = validateActionInput(tidy, true);
  if (problems.length > 0) throw new ActionItemInputError(problems);
  const id = newId('act', options.random ?? ((bytes) => crypto.getRandomValues(bytes)));
  const createdBy = options.createdBy && isRefId(options.createdBy) ? options.createdBy : '';
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    entry.set('title', tidy.title);
    entry.set('owner', tidy.owner ?? '');
    entry.set('due', tidy.due ?? '');
    entry.set('status', tidy.status ?? 'todo');
    entry.set('notes', tidy.notes ?? '');
    if (tidy.source) entry.set('source', storedSource(tidy.source));
    entry.set('createdAt', (options.now ?? new Date()).toISOString());
    entry.set('createdBy', createdBy);
    itemsMap(doc).set(id, entry);
  });
  return id;
}

/**
 * Changes the fields given in `patch`, and only those whose value differs from what is
 * stored: writing a field back unchanged would overwrite someone else's concurrent change
 * to it. Returns false when the item does not exist (deleted meanwhile). Throws
 * ActionItemInputError when the patch is invalid.
 */
export function updateActionItem(doc: Y.Doc, id: string, patch: ActionItemPatch): boolean {
  const tidy = normaliseActionInput(patch);
  const problems = validateActionInput(tidy, false);
  if (problems.length > 0) throw new ActionItemInputError(problems);
  const entry = itemsMap(doc).get(id);
  if (!(entry instanceof Y.Map)) return false;
  const current = readItem(id, entry);
  doc.transact(() => {
    const fields = ['title', 'owner', 'due', 'status', 'notes'] as const;
    for (const field of fields) {
      const value = tidy[field];
      if (value !== undefined && entry.get(field) !== value) entry.set(field, value);
    }
    if (tidy.source !== undefined && !sameSource(tidy.source ?? undefined, current.source)) {
      if (tidy.source === null) entry.delete('source');
      else entry.set('source', storedSource(tidy.source));
    }
  });
  return true;
}

/** Removes an item; false when it was already gone. */
export function deleteActionItem(doc: Y.Doc, id: string): boolean {
  const map = itemsMap(doc);
  if (!map.has(id)) return false;
  map.delete(id);
  return true;
}

// ---------------------------------------------------------------- reading rules

/** Due before `today` (a `YYYY-MM-DD`) and still open: due today is not overdue. */
export function isOverdue(item: Pick<ActionItem, 'due' | 'status'>, today: string): boolean {
  return item.due !== '' && item.due < today && item.status !== 'done' && item.status !== 'dropped';
}

export interface ActionFilter {
  /** A member id; '' for items nobody owns; absent for everyone's. */
  owner?: string;
  /** Absent: every status. */
  statuses?: readonly ActionStatus[];
  overdueOnly?: boolean;
  /** Only items from this meeting, or from this proposal's decision. */
  source?: ActionSource;
}

function fromSource(item: ActionItem, source: ActionSource): boolean {
  if (!item.source || item.source.kind !== source.kind) return false;
  if (source.kind === 'meeting') return item.source.kind === 'meeting' && item.source.meetingId === source.meetingId;
  return item.source.kind === 'decision' && item.source.proposalId === source.proposalId;
}

/** By due date (earliest first, no date last), then title, then id: the same order everywhere. */
export function compareActionItems(a: ActionItem, b: ActionItem): number {
  if (a.due !== b.due) {
    if (a.due === '') return 1;
    if (b.due === '') return -1;
    return a.due < b.due ? -1 : 1;
  }
  const byTitle = a.title.localeCompare(b.title);
  if (byTitle !== 0) return byTitle;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The items that pass `filter` on `today`, sorted (compareActionItems). Pure. */
export function filterActionItems(items: readonly ActionItem[], filter: ActionFilter, today: string): ActionItem[] {
  return items
    .filter((item) => filter.owner === undefined || item.owner === filter.owner)
    .filter((item) => filter.statuses === undefined || filter.statuses.includes(item.status))
    .filter((item) => !filter.overdueOnly || isOverdue(item, today))
    .filter((item) => filter.source === undefined || fromSource(item, filter.source))
    .sort(compareActionItems);
}

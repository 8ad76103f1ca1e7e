/**
 * Where a governing document stands: draft → open for comment → adopted → superseded.
 * Kept in the document's entry in the workspace Y.Doc (next to its title), so every member
 * sees the same status and the list can show it without opening the document. Each field is
 * its own key, and so is each history record (`history:<time>:<client>`): a shared history
 * array created by two members at once would keep only one of them.
 *
 * Protection of an adopted document is a rule of the app (it opens read-only): a CRDT cannot
 * refuse an edit. Changing adopted text means starting an amendment, a new document.
 * Pure Yjs helpers; reads skip whatever is malformed (e.g. written by a newer version).
 */
import * as Y from 'yjs';

export const DOCUMENT_STATUSES = ['draft', 'open-for-comment', 'adopted', 'superseded'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export function isDocumentStatus(value: unknown): value is DocumentStatus {
  return typeof value === 'string' && (DOCUMENT_STATUSES as readonly string[]).includes(value);
}

export interface StatusChange {
  status: DocumentStatus;
  /** Epoch milliseconds. */
  at: number;
  /** The name this computer signs with. */
  by: string;
}

export interface DocumentLifecycle {
  status: DocumentStatus;
  /** The adoption date as the committee recorded it (YYYY-MM-DD). */
  adoptedOn: string | null;
  /** Which decision adopted it: a free reference until the decision log exists. */
  adoptedBy: string | null;
  /** The decision log entry that adopted it, when the adoption names one. */
  adoptionEntryId: string | null;
  /** The adopted document this one amends. */
  amendmentOf: string | null;
  /** The amendment whose adoption replaced this document. */
  supersededBy: string | null;
  history: StatusChange[];
}

/** What members may do themselves; "superseded" only follows from adopting an amendment. */
const ALLOWED: Record<DocumentStatus, readonly DocumentStatus[]> = {
  draft: ['open-for-comment', 'adopted'],
  'open-for-comment': ['draft', 'adopted'],
  adopted: [],
  superseded: [],
};

export function allowedTransitions(from: DocumentStatus): readonly DocumentStatus[] {
  return ALLOWED[from];
}

export function canTransition(from: DocumentStatus, to: DocumentStatus): boolean {
  return ALLOWED[from].includes(to);
}

/** Adopted and superseded text is protected: it opens read-only. */
export function isProtected(status: DocumentStatus): boolean {
  return status === 'adopted' || status === 'superseded';
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const DECISION_REFERENCE_MAX = 300;

export function validateAdoption(input: { adoptedOn: string; decision: string }): 'date-required' | 'decision-required' | 'decision-too-long' | null {
  if (!DATE.test(input.adoptedOn) || Number.isNaN(Date.parse(input.adoptedOn))) return 'date-required';
  const decision = input.decision.trim();
  if (decision.length === 0) return 'decision-required';
  if (decision.length > DECISION_REFERENCE_MAX) return 'decision-too-long';
  return null;
}

function entryOf(doc: Y.Doc, id: string): Y.Map<unknown> | null {
  const item = doc.getMap<unknown>('documents').get(id);
  return item instanceof Y.Map ? item : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

const HISTORY_PREFIX = 'history:';

function readHistory(item: Y.Map<unknown> | null): StatusChange[] {
  const changes: Array<StatusChange & { key: string }> = [];
  item?.forEach((value, key) => {
    if (!key.startsWith(HISTORY_PREFIX) || typeof value !== 'object' || value === null) return;
    const { status, at, by } = value as Record<string, unknown>;
    if (isDocumentStatus(status) && typeof at === 'number') changes.push({ key, status, at, by: typeof by === 'string' ? by : '' });
  });
  return changes.sort((a, b) => a.at - b.at || a.key.localeCompare(b.key)).map(({ status, at, by }) => ({ status, at, by }));
}

function readFrom(item: Y.Map<unknown> | null): DocumentLifecycle {
  const status = item?.get('status');
  return {
    status: isDocumentStatus(status) ? status : 'draft',
    adoptedOn: text(item?.get('adoptedOn')),
    adoptedBy: text(item?.get('adoptedBy')),
    adoptionEntryId: text(item?.get('adoptionEntryId')),
    amendmentOf: text(item?.get('amendmentOf')),
    supersededBy: text(item?.get('supersededBy')),
    history: readHistory(item),
  };
}

/** A document's lifecycle; a document without one (or unknown) reads as a draft. */
export function readLifecycle(doc: Y.Doc, id: string): DocumentLifecycle {
  return readFrom(entryOf(doc, id));
}

/** Every listed document's status, for the list and the navigation. */
export function readStatuses(doc: Y.Doc): Map<string, DocumentStatus> {
  const statuses = new Map<string, DocumentStatus>();
  doc.getMap<unknown>('documents').forEach((item, id) => {
    if (item instanceof Y.Map) statuses.set(id, readFrom(item).status);
  });
  return statuses;
}

function record(doc: Y.Doc, item: Y.Map<unknown>, change: StatusChange): void {
  let key = `${HISTORY_PREFIX}${change.at}:${doc.clientID}`;
  for (let n = 1; item.has(key); n++) key = `${HISTORY_PREFIX}${change.at}:${doc.clientID}:${n}`;
  item.set(key, { ...change });
  item.set('status', change.status);
}

export type LifecycleResult = 'ok' | 'missing' | 'not-allowed' | 'invalid';

/** Opens for comment or returns to draft (adoption has its own function). */
export function setDocumentStatus(doc: Y.Doc, id: string, to: 'draft' | 'open-for-comment', by: { name: string; at: number }): LifecycleResult {
  const item = entryOf(doc, id);
  if (!item) return 'missing';
  if (!canTransition(readFrom(item).status, to)) return 'not-allowed';
  doc.transact(() => record(doc, item, { status: to, at: by.at, by: by.name }));
  return 'ok';
}

/**
 * Adopts a draft or a document open for comment. Adopting an amendment supersedes the
 * adopted document it amends, in the same transaction (so no one sees two adopted texts).
 */
export function adoptDocument(
  doc: Y.Doc,
  id: string,
  adoption: { adoptedOn: string; decision: string; entryId?: string },
  by: { name: string; at: number },
): LifecycleResult {
  const item = entryOf(doc, id);
  if (!item) return 'missing';
  const current = readFrom(item);
  if (!canTransition(current.status, 'adopted')) return 'not-allowed';
  if (validateAdoption(adoption)) return 'invalid';
  doc.transact(() => {
    item.set('adoptedOn', adoption.adoptedOn);
    item.set('adoptedBy', adoption.decision.trim());
    if (adoption.entryId) item.set('adoptionEntryId', adoption.entryId);
    else item.delete('adoptionEntryId');
    record(doc, item, { status: 'adopted', at: by.at, by: by.name });
    const original = current.amendmentOf ? entryOf(doc, current.amendmentOf) : null;
    if (original && readFrom(original).status === 'adopted') {
      original.set('supersededBy', id);
      record(doc, original, { status: 'superseded', at: by.at, by: by.name });
    }
  });
  return 'ok';
}

/** Marks a new draft as an amendment of `originalId`; call in the transaction that lists the draft. */
export function markAmendment(doc: Y.Doc, id: string, originalId: string): LifecycleResult {
  const item = entryOf(doc, id);
  if (!item) return 'missing';
  item.set('amendmentOf', originalId);
  return 'ok';
}

/** The open (not yet adopted) amendments of a document, so a second one is not started by mistake. */
export function openAmendmentsOf(doc: Y.Doc, originalId: string): string[] {
  const ids: string[] = [];
  doc.getMap<unknown>('documents').forEach((item, id) => {
    if (!(item instanceof Y.Map)) return;
    const lifecycle = readFrom(item);
    if (lifecycle.amendmentOf === originalId && !isProtected(lifecycle.status)) ids.push(id);
  });
  return ids;
}

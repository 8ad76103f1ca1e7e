/**
 * Layout of a workspace's own Y.Doc: its profile, its decision rules and the list
 * of its documents. Document content lives in one Y.Doc per document (guid =
 * document id); the member register, which holds personal data, in the workspace's
 * people doc (`people-doc.ts`). Each profile and rules field is its own map key, so
 * two people editing different fields at once both keep their change.
 * Pure Yjs helpers: the renderer and tests share them.
 */
import * as Y from 'yjs';
import type { DocumentEntry, DocumentKind } from '../model/document';
import { isDocumentKind } from '../model/document';
import type { CollaborationForm, WorkspaceProfile } from '../model/workspace';
import { DEFAULT_PROFILE_DETAILS, isCollaborationForm, isNetworkBasis, isScalePosition } from '../model/workspace';
import {
  DEFAULT_DECISION_RULES,
  isDecisionMethod,
  isQuorumComparison,
  isVoterKind,
  type DecisionRules,
  type Quorum,
} from '../model/decision-rules';

const PROFILE = 'profile';
const DOCUMENTS = 'documents';
const RULES = 'rules';

function profileMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(PROFILE);
}

function documentsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(DOCUMENTS);
}

function rulesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(RULES);
}

/** Arrays are stored whole (a list of languages is one value); equal values are not rewritten. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => item === b[index]);
  return a === b;
}

function writeFields(doc: Y.Doc, map: Y.Map<unknown>, fields: Record<string, unknown>): void {
  doc.transact(() => {
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined || sameValue(map.get(key), value)) continue;
      map.set(key, Array.isArray(value) ? [...value] : value);
    }
  });
}

/** Writes only the fields given, and only those that changed. */
export function writeProfile(doc: Y.Doc, patch: Partial<WorkspaceProfile>): void {
  writeFields(doc, profileMap(doc), patch);
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function readProfile(doc: Y.Doc): WorkspaceProfile | null {
  const map = profileMap(doc);
  const name = map.get('name');
  if (typeof name !== 'string') return null;
  const form = map.get('form');
  const purpose = map.get('purpose');
  const createdAt = map.get('createdAt');
  const vision = map.get('vision');
  const values = map.get('values');
  const structure = map.get('structure');
  const membership = map.get('membership');
  return {
    name,
    purpose: typeof purpose === 'string' ? purpose : '',
    form: isCollaborationForm(form) ? form : ('network' satisfies CollaborationForm),
    createdAt: typeof createdAt === 'number' ? createdAt : 0,
    vision: typeof vision === 'string' ? vision : DEFAULT_PROFILE_DETAILS.vision,
    values: typeof values === 'string' ? values : DEFAULT_PROFILE_DETAILS.values,
    structure: isScalePosition(structure) ? structure : DEFAULT_PROFILE_DETAILS.structure,
    membership: isScalePosition(membership) ? membership : DEFAULT_PROFILE_DETAILS.membership,
    basis: [...new Set(stringList(map.get('basis')).filter(isNetworkBasis))],
    languages: stringList(map.get('languages')),
  };
}

/**
 * Stored flat (one key per field, the quorum's parts included), so a change to the
 * quorum and a change to the method made at the same time on two computers both stay.
 */
export function writeDecisionRules(doc: Y.Doc, rules: DecisionRules): void {
  const { quorum } = rules;
  writeFields(doc, rulesMap(doc), {
    method: rules.method,
    threshold: rules.threshold,
    quorumKind: quorum.kind,
    ...(quorum.kind === 'count' ? { quorumCount: quorum.count } : { quorumPercent: quorum.percent, quorumComparison: quorum.comparison }),
    whoMayVote: rules.whoMayVote,
    blockStopsConsensus: rules.blockStopsConsensus,
  });
}

/** The rules as stored; a field missing or unreadable (e.g. from a newer version) falls back to the default. */
export function readDecisionRules(doc: Y.Doc): DecisionRules {
  const map = rulesMap(doc);
  const defaults = DEFAULT_DECISION_RULES;
  const method = map.get('method');
  const threshold = map.get('threshold');
  const kind = map.get('quorumKind');
  const count = map.get('quorumCount');
  const percent = map.get('quorumPercent');
  const comparison = map.get('quorumComparison');
  const blockStops = map.get('blockStopsConsensus');
  const fallbackShare = defaults.quorum.kind === 'share' ? defaults.quorum : { percent: 50, comparison: 'more-than' as const };
  let quorum: Quorum = defaults.quorum;
  if (kind === 'count' && typeof count === 'number') quorum = { kind: 'count', count };
  else if (kind === 'share') {
    quorum = {
      kind: 'share',
      percent: typeof percent === 'number' ? percent : fallbackShare.percent,
      comparison: isQuorumComparison(comparison) ? comparison : fallbackShare.comparison,
    };
  }
  const voters = [...new Set(stringList(map.get('whoMayVote')).filter(isVoterKind))];
  return {
    method: isDecisionMethod(method) ? method : defaults.method,
    threshold: typeof threshold === 'number' ? threshold : defaults.threshold,
    quorum,
    whoMayVote: map.has('whoMayVote') ? voters : [...defaults.whoMayVote],
    blockStopsConsensus: typeof blockStops === 'boolean' ? blockStops : defaults.blockStopsConsensus,
  };
}

export function addDocumentEntry(doc: Y.Doc, entry: DocumentEntry): void {
  doc.transact(() => {
    const item = new Y.Map<unknown>();
    item.set('title', entry.title);
    item.set('kind', entry.kind);
    item.set('createdAt', entry.createdAt);
    documentsMap(doc).set(entry.id, item);
  });
}

export function renameDocumentEntry(doc: Y.Doc, id: string, title: string): boolean {
  const item = documentsMap(doc).get(id);
  if (!item) return false;
  item.set('title', title);
  return true;
}

export function removeDocumentEntry(doc: Y.Doc, id: string): boolean {
  const documents = documentsMap(doc);
  if (!documents.has(id)) return false;
  documents.delete(id);
  return true;
}

/** Entries sorted oldest first; malformed entries (e.g. from a newer version) are skipped, not thrown on. */
export function listDocumentEntries(doc: Y.Doc): DocumentEntry[] {
  const entries: DocumentEntry[] = [];
  documentsMap(doc).forEach((item, id) => {
    if (!(item instanceof Y.Map)) return;
    const title = item.get('title');
    const kind = item.get('kind');
    const createdAt = item.get('createdAt');
    if (typeof title !== 'string' || !isDocumentKind(kind)) return;
    entries.push({ id, title, kind: kind as DocumentKind, createdAt: typeof createdAt === 'number' ? createdAt : 0 });
  });
  return entries.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

export function observeWorkspaceDoc(doc: Y.Doc, listener: () => void): () => void {
  const profile = profileMap(doc);
  const rules = rulesMap(doc);
  const documents = documentsMap(doc);
  profile.observe(listener);
  rules.observe(listener);
  documents.observeDeep(listener);
  return () => {
    profile.unobserve(listener);
    rules.unobserve(listener);
    documents.unobserveDeep(listener);
  };
}

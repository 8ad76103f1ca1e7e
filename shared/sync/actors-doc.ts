/**
 * The actor registry of a workspace (toolkit §3, "players and actors brainstorming"): Y.Map
 * `actors`, actor id → a Y.Map with one key per field (two members changing different fields
 * of the same actor both keep their change) and `relations`, a Y.Map other actor id →
 * 'cooperating' | 'conflict'. A relation is written on both actors, so either side reads it.
 *
 * Boards (shared/sync/boards/*) place actors by id; deleting an actor removes it from every
 * board in the same transaction, so one undo brings it back everywhere.
 *
 * Nothing read from the doc is trusted: an unknown type reads as 'organisation', over-long text
 * is cut, a bad member id or relation is left out, an entry that is not a map is skipped.
 */
import * as Y from 'yjs';
import { newId } from '../model/ids';

export const ACTOR_TYPES = ['individual', 'group', 'organisation', 'institution'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const RELATION_KINDS = ['cooperating', 'conflict'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export const ACTOR_NAME_MAX = 200;
export const ACTOR_SUBGROUP_MAX = 200;
export const ACTOR_KEY_PERSONS_MAX = 1000;
export const ACTOR_NOTES_MAX = 5000;

export interface Actor {
  id: string;
  name: string;
  type: ActorType;
  subGroup: string;
  keyPersons: string;
  notes: string;
  /** The member of the register this actor is, or ''. */
  memberId: string;
  isOwnOrganisation: boolean;
  /** Other actor id → how the two relate. */
  relations: Record<string, RelationKind>;
  createdAt: string;
}

export interface ActorInput {
  name: string;
  type?: ActorType;
  subGroup?: string;
  keyPersons?: string;
  notes?: string;
  memberId?: string;
  isOwnOrganisation?: boolean;
}

export type ActorPatch = Partial<ActorInput>;
export type ActorField = 'name' | 'type' | 'subGroup' | 'keyPersons' | 'notes' | 'memberId';
export interface ActorProblem {
  field: ActorField;
  code: 'required' | 'too-long' | 'invalid';
}

export class ActorInputError extends Error {
  constructor(readonly problems: ActorProblem[]) {
    super(`Invalid actor: ${problems.map((problem) => `${problem.field} ${problem.code}`).join(', ')}`);
    this.name = 'ActorInputError';
  }
}

const ACTORS = 'actors';
const MAPS = 'maps';
export const ACTOR_ID = /^[A-Za-z0-9_-]{1,80}$/;

export function actorsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ACTORS);
}

export function isActorType(value: unknown): value is ActorType {
  return typeof value === 'string' && (ACTOR_TYPES as readonly string[]).includes(value);
}

export function isRelationKind(value: unknown): value is RelationKind {
  return typeof value === 'string' && (RELATION_KINDS as readonly string[]).includes(value);
}

function text(value: unknown, max: number): string {
  if (typeof value !== 'string') return '';
  const chars = Array.from(value);
  return chars.length > max ? chars.slice(0, max).join('') : value;
}

function readActor(id: string, entry: unknown): Actor | null {
  if (!(entry instanceof Y.Map) || !ACTOR_ID.test(id)) return null;
  const name = text(entry.get('name'), ACTOR_NAME_MAX).trim();
  if (!name) return null;
  const type = entry.get('type');
  const memberId = entry.get('memberId');
  const relations: Record<string, RelationKind> = {};
  const stored = entry.get('relations');
  if (stored instanceof Y.Map) {
    stored.forEach((kind, other) => {
      if (other !== id && ACTOR_ID.test(other) && isRelationKind(kind)) relations[other] = kind;
    });
  }
  return {
    id,
    name,
    type: isActorType(type) ? type : 'organisation',
    subGroup: text(entry.get('subGroup'), ACTOR_SUBGROUP_MAX),
    keyPersons: text(entry.get('keyPersons'), ACTOR_KEY_PERSONS_MAX),
    notes: text(entry.get('notes'), ACTOR_NOTES_MAX),
    memberId: typeof memberId === 'string' && ACTOR_ID.test(memberId) ? memberId : '',
    isOwnOrganisation: entry.get('isOwnOrganisation') === true,
    relations,
    createdAt: text(entry.get('createdAt'), 40),
  };
}

/** Every readable actor, by name (then id). */
export function listActors(doc: Y.Doc): Actor[] {
  const out: Actor[] = [];
  actorsMap(doc).forEach((entry, id) => {
    const actor = readActor(id, entry);
    if (actor) out.push(actor);
  });
  return out.sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function getActor(doc: Y.Doc, id: string): Actor | null {
  return readActor(id, actorsMap(doc).get(id));
}

export function observeActors(doc: Y.Doc, listener: () => void): () => void {
  const map = actorsMap(doc);
  const handler = () => listener();
  map.observeDeep(handler);
  return () => map.unobserveDeep(handler);
}

// ---------------------------------------------------------------- input

export function normaliseActorInput<T extends ActorPatch>(input: T): T {
  const out = { ...input };
  if (out.name !== undefined) out.name = out.name.replace(/\s+/g, ' ').trim();
  if (out.subGroup !== undefined) out.subGroup = out.subGroup.replace(/\s+/g, ' ').trim();
  if (out.keyPersons !== undefined) out.keyPersons = out.keyPersons.trim();
  if (out.notes !== undefined) out.notes = out.notes.trim();
  if (out.memberId !== undefined) out.memberId = out.memberId.trim();
  return out;
}

export function validateActorInput(input: ActorPatch, requireName = true): ActorProblem[] {
  const problems: ActorProblem[] = [];
  const length = (value: string) => Array.from(value).length;
  if (input.name !== undefined || requireName) {
    const name = input.name ?? '';
    if (name === '') problems.push({ field: 'name', code: 'required' });
    else if (length(name) > ACTOR_NAME_MAX) problems.push({ field: 'name', code: 'too-long' });
  }
  if (input.type !== undefined && !isActorType(input.type)) problems.push({ field: 'type', code: 'invalid' });
  if (input.subGroup !== undefined && length(input.subGroup) > ACTOR_SUBGROUP_MAX) problems.push({ field: 'subGroup', code: 'too-long' });
  if (input.keyPersons !== undefined && length(input.keyPersons) > ACTOR_KEY_PERSONS_MAX) problems.push({ field: 'keyPersons', code: 'too-long' });
  if (input.notes !== undefined && length(input.notes) > ACTOR_NOTES_MAX) problems.push({ field: 'notes', code: 'too-long' });
  if (input.memberId !== undefined && input.memberId !== '' && !ACTOR_ID.test(input.memberId)) problems.push({ field: 'memberId', code: 'invalid' });
  return problems;
}

export function addActor(doc: Y.Doc, input: ActorInput, options: { now?: Date; random?: (bytes: Uint8Array) => Uint8Array } = {}): string {
  const tidy = normaliseActorInput(input);
  const problems = validateActorInput(tidy, true);
  if (problems.length > 0) throw new ActorInputError(problems);
  const id = newId('actor', options.random ?? ((bytes) => crypto.getRandomValues(bytes)));
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    entry.set('name', tidy.name);
    entry.set('type', tidy.type ?? 'organisation');
    entry.set('subGroup', tidy.subGroup ?? '');
    entry.set('keyPersons', tidy.keyPersons ?? '');
    entry.set('notes', tidy.notes ?? '');
    entry.set('memberId', tidy.memberId ?? '');
    entry.set('isOwnOrganisation', tidy.isOwnOrganisation === true);
    entry.set('relations', new Y.Map<unknown>());
    entry.set('createdAt', (options.now ?? new Date()).toISOString());
    actorsMap(doc).set(id, entry);
  });
  return id;
}

/** Writes only the fields that differ (a concurrent change to another field is kept); false when the actor is gone. */
export function updateActor(doc: Y.Doc, id: string, patch: ActorPatch): boolean {
  const tidy = normaliseActorInput(patch);
  const problems = validateActorInput(tidy, false);
  if (problems.length > 0) throw new ActorInputError(problems);
  const entry = actorsMap(doc).get(id);
  if (!(entry instanceof Y.Map)) return false;
  doc.transact(() => {
    for (const field of ['name', 'type', 'subGroup', 'keyPersons', 'notes', 'memberId', 'isOwnOrganisation'] as const) {
      const value = tidy[field];
      if (value !== undefined && entry.get(field) !== value) entry.set(field, value);
    }
  });
  return true;
}

function relationsOf(entry: Y.Map<unknown>): Y.Map<unknown> {
  const relations = entry.get('relations');
  if (relations instanceof Y.Map) return relations;
  // A damaged entry: give it a relations map (only this computer writes it, in this transaction).
  const fresh = new Y.Map<unknown>();
  entry.set('relations', fresh);
  return fresh;
}

/** Sets (or with null removes) the relation between two actors, on both. False when either is gone or they are the same. */
export function setRelation(doc: Y.Doc, a: string, b: string, kind: RelationKind | null): boolean {
  if (a === b) return false;
  const first = actorsMap(doc).get(a);
  const second = actorsMap(doc).get(b);
  if (!(first instanceof Y.Map) || !(second instanceof Y.Map)) return false;
  if (kind !== null && !isRelationKind(kind)) return false;
  doc.transact(() => {
    for (const [entry, other] of [
      [first, b],
      [second, a],
    ] as const) {
      const relations = relationsOf(entry);
      if (kind === null) relations.delete(other);
      else if (relations.get(other) !== kind) relations.set(other, kind);
    }
  });
  return true;
}

/** A relation between two placed actors, once per pair (the pair's ids in order). */
export interface ActorLink {
  from: string;
  to: string;
  kind: RelationKind;
}

/** Every relation once, read from both sides; if the sides disagree (a concurrent edit), conflict wins: it is the one worth seeing. */
export function actorLinks(actors: readonly Actor[]): ActorLink[] {
  const known = new Set(actors.map((actor) => actor.id));
  const pairs = new Map<string, ActorLink>();
  for (const actor of actors) {
    for (const [other, kind] of Object.entries(actor.relations)) {
      if (!known.has(other)) continue;
      const [from, to] = actor.id < other ? [actor.id, other] : [other, actor.id];
      const key = `${from} ${to}`;
      const seen = pairs.get(key);
      if (!seen || (seen.kind === 'cooperating' && kind === 'conflict')) pairs.set(key, { from, to, kind });
    }
  }
  return [...pairs.values()].sort((x, y) => (x.from + x.to < y.from + y.to ? -1 : 1));
}

// ---------------------------------------------------------------- deletion from every board

/** The kinds of board that place actors, each under `content.placements` (actor id → placement). */
const ACTOR_BOARDS = new Set(['power-map', 'spectrum']);

function boardPlacementMaps(doc: Y.Doc): [string, Y.Map<unknown>][] {
  const out: [string, Y.Map<unknown>][] = [];
  doc.getMap(MAPS).forEach((entry, mapId) => {
    if (!(entry instanceof Y.Map) || !ACTOR_BOARDS.has(entry.get('kind') as string)) return;
    const content = entry.get('content');
    const placements = content instanceof Y.Map ? content.get('placements') : null;
    if (placements instanceof Y.Map) out.push([mapId, placements]);
  });
  return out;
}

/** The boards (map ids) on which the actor is placed. */
export function boardsUsingActor(doc: Y.Doc, actorId: string): string[] {
  return boardPlacementMaps(doc)
    .filter(([, placements]) => placements.has(actorId))
    .map(([mapId]) => mapId);
}

/**
 * Deletes the actor, its relations on the other actors, and its placement on every board, in
 * one transaction with `origin` (so an UndoManager tracking that origin undoes all of it at
 * once). A board's history of moves is kept: it is a record. False when already gone.
 */
export function deleteActor(doc: Y.Doc, id: string, origin?: unknown): boolean {
  const actors = actorsMap(doc);
  if (!actors.has(id)) return false;
  doc.transact(() => {
    actors.forEach((entry, other) => {
      if (other === id || !(entry instanceof Y.Map)) return;
      const relations = entry.get('relations');
      if (relations instanceof Y.Map && relations.has(id)) relations.delete(id);
    });
    for (const [, placements] of boardPlacementMaps(doc)) if (placements.has(id)) placements.delete(id);
    actors.delete(id);
  }, origin);
  return true;
}

/**
 * An undo manager for deletions of actors made on this computer: it tracks only transactions
 * with `origin` (so remote edits and other local edits are never undone by it) over the
 * `actors` and `maps` types.
 */
export function createActorUndo(doc: Y.Doc, origin: unknown): Y.UndoManager {
  return new Y.UndoManager([actorsMap(doc), doc.getMap(MAPS)], { trackedOrigins: new Set([origin]), captureTimeout: 0 });
}

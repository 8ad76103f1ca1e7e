/**
 * Force-field analysis board (toolkit §3): a change goal, the forces driving it and the
 * forces restraining it, each with a weight from 1 (weak) to 5 (strong) and a note.
 *
 * Layout of the board's content Y.Map:
 *
 *   goal:   string
 *   forces: Y.Map  id -> Y.Map { side: 'driving' | 'restraining', text, weight, note, rank }
 */
import * as Y from 'yjs';
import type { BlockList } from '../../model/template';
import { BOARD_TEXT_MAX, childMap, cleanText, ensureMap, moveRanked, newBoardId, rankAfterAll, rankedEntries, readText, transact } from './ranked';

export type ForceSide = 'driving' | 'restraining';
export const FORCE_SIDES: readonly ForceSide[] = ['driving', 'restraining'];
export const WEIGHT_MIN = 1;
export const WEIGHT_MAX = 5;

export interface Force {
  id: string;
  side: ForceSide;
  text: string;
  weight: number;
  note: string;
}

export interface ForceField {
  goal: string;
  /** In order. */
  driving: Force[];
  restraining: Force[];
}

export interface ForceTotals {
  driving: number;
  restraining: number;
  /** driving − restraining: above 0 the change is favoured. */
  balance: number;
}

const GOAL = 'goal';
const FORCES = 'forces';

const isSide = (value: unknown): value is ForceSide => value === 'driving' || value === 'restraining';

/** A weight clamped to 1–5 and rounded; null for anything that is not a finite number. */
export function clampWeight(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return Math.min(WEIGHT_MAX, Math.max(WEIGHT_MIN, Math.round(value)));
}

/** The forces; an entry with a bad side or weight is damaged data and is skipped. */
export function readForceField(content: Y.Map<unknown>): ForceField {
  const goal = typeof content.get(GOAL) === 'string' ? (content.get(GOAL) as string).slice(0, BOARD_TEXT_MAX) : '';
  const forces: Force[] = [];
  for (const { id, entry } of rankedEntries(childMap(content, FORCES))) {
    const side = entry.get('side');
    const weight = clampWeight(entry.get('weight'));
    if (!isSide(side) || weight === null) continue;
    forces.push({ id, side, weight, text: readText(entry, 'text'), note: readText(entry, 'note') });
  }
  return { goal, driving: forces.filter((force) => force.side === 'driving'), restraining: forces.filter((force) => force.side === 'restraining') };
}

export function totalsOf(field: Pick<ForceField, 'driving' | 'restraining'>): ForceTotals {
  const sum = (forces: readonly Force[]) => forces.reduce((total, force) => total + (clampWeight(force.weight) ?? 0), 0);
  const driving = sum(field.driving);
  const restraining = sum(field.restraining);
  return { driving, restraining, balance: driving - restraining };
}

/** Totals per side and the balance, from what the board holds (weights clamped, bad entries ignored). */
export function forceTotals(content: Y.Map<unknown>): ForceTotals {
  return totalsOf(readForceField(content));
}

export function setForceGoal(content: Y.Map<unknown>, text: string): void {
  const value = cleanText(text);
  if (content.get(GOAL) !== value) content.set(GOAL, value);
}

export interface ForceInput {
  side: ForceSide;
  text: string;
  weight: number;
  note?: string;
}

/** Adds a force at the end of its side; null when the input is unusable. */
export function addForce(content: Y.Map<unknown>, input: ForceInput): string | null {
  const weight = clampWeight(input.weight);
  if (!isSide(input.side) || weight === null) return null;
  const id = newBoardId('force');
  transact(content, () => {
    const forces = ensureMap(content, FORCES);
    const entry = new Y.Map<unknown>();
    entry.set('side', input.side);
    entry.set('text', cleanText(input.text));
    entry.set('weight', weight);
    entry.set('note', cleanText(input.note ?? ''));
    entry.set('rank', rankAfterAll(rankedEntries(forces)));
    forces.set(id, entry);
  });
  return id;
}

export function updateForce(content: Y.Map<unknown>, id: string, patch: Partial<Pick<Force, 'text' | 'weight' | 'note'>>): boolean {
  const entry = childMap(content, FORCES)?.get(id);
  if (!(entry instanceof Y.Map)) return false;
  const weight = patch.weight === undefined ? undefined : clampWeight(patch.weight);
  if (weight === null) return false;
  transact(content, () => {
    if (patch.text !== undefined && entry.get('text') !== cleanText(patch.text)) entry.set('text', cleanText(patch.text));
    if (patch.note !== undefined && entry.get('note') !== cleanText(patch.note)) entry.set('note', cleanText(patch.note));
    if (weight !== undefined && entry.get('weight') !== weight) entry.set('weight', weight);
  });
  return true;
}

export function removeForce(content: Y.Map<unknown>, id: string): boolean {
  const forces = childMap(content, FORCES);
  if (!forces?.has(id)) return false;
  forces.delete(id);
  return true;
}

/** Moves a force to `toIndex` among the forces of its side. */
export function moveForce(content: Y.Map<unknown>, id: string, toIndex: number): boolean {
  const forces = childMap(content, FORCES);
  const side = forces?.get(id) instanceof Y.Map ? (forces.get(id) as Y.Map<unknown>).get('side') : undefined;
  if (!isSide(side)) return false;
  let moved = false;
  transact(content, () => {
    moved = moveRanked(
      rankedEntries(forces, (entry) => entry.get('side') === side),
      id,
      toIndex,
    );
  });
  return moved;
}

export interface ForceFieldLabels {
  heading: string;
  goal: string;
  force: string;
  side: string;
  weight: string;
  note: string;
  driving: string;
  restraining: string;
  total: (side: string) => string;
  balance: string;
  blank: string;
}

export const FORCE_FIELD_LABELS_EN: ForceFieldLabels = {
  heading: 'Force-field analysis',
  goal: 'Change goal',
  force: 'Force',
  side: 'Side',
  weight: 'Weight (1–5)',
  note: 'Note',
  driving: 'Driving',
  restraining: 'Restraining',
  total: (side) => `Total ${side.toLowerCase()}`,
  balance: 'Balance (driving − restraining)',
  blank: '(not filled in)',
};

const signed = (value: number) => (value > 0 ? `+${value}` : String(value));

/** The board as structured text for exports: the goal, then a table of forces with the totals. */
export function forceFieldBlocks(content: Y.Map<unknown>, title?: string, labels: ForceFieldLabels = FORCE_FIELD_LABELS_EN): BlockList {
  const field = readForceField(content);
  const totals = totalsOf(field);
  const row = (force: Force) => [force.text || labels.blank, force.side === 'driving' ? labels.driving : labels.restraining, String(force.weight), force.note];
  return [
    { type: 'heading', level: 2, text: title ?? labels.heading },
    { type: 'paragraph', text: `${labels.goal}: ${field.goal || labels.blank}` },
    {
      type: 'table',
      header: [labels.force, labels.side, labels.weight, labels.note],
      rows: [
        ...field.driving.map(row),
        ...field.restraining.map(row),
        [labels.total(labels.driving), '', String(totals.driving), ''],
        [labels.total(labels.restraining), '', String(totals.restraining), ''],
        [labels.balance, '', signed(totals.balance), ''],
      ],
    },
  ];
}

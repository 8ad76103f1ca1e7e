/**
 * A board as structured text (headings, lists, a table) for the workspace's DOCX/PDF export
 * and for anyone who reads boards as text. Language-neutral: the caller passes its translate
 * function (the renderer's i18next `t`, keys under `maps.*`) and a date formatter.
 */
import type * as Y from 'yjs';
import type { BlockList } from '../../model/template';
import { actorLinks, listActors, type Actor } from '../actors-doc';
import { mapContent, readMap } from '../maps-doc';
import { QUADRANTS, levelOf, quadrantOf, readPlacements } from './power-map';
import { SEGMENTS, movesOf, readHistory, readSegments, readTactics } from './spectrum';
import { forceFieldBlocks, type ForceFieldLabels } from './force-field';
import { problemTreeBlocks, type ProblemTreeLabels } from './problem-tree';
import { theoryOfChangeBlocks, type TocLabels } from './theory-of-change';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface BoardTextOptions {
  t: Translate;
  /** An ISO date-time as the reader says it (e.g. "21 Nov 2026"). */
  formatDate: (iso: string) => string;
  /** The words of the theory of change, problem tree and force field in the reader's language (English when absent). */
  labels?: { toc?: TocLabels; problemTree?: ProblemTreeLabels; forceField?: ForceFieldLabels };
}

/** An actor's name as boards say it: "Horizon Network (our organisation)" for your own. */
export function actorLabel(actor: Actor, t: Translate): string {
  return actor.isOwnOrganisation ? `${actor.name} (${t('maps.common.ownOrganisation')})` : actor.name;
}

export function powerMapBlocks(doc: Y.Doc, content: Y.Map<unknown>, { t }: BoardTextOptions): BlockList {
  const actors = listActors(doc);
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const placements = readPlacements(content);
  const blocks: BlockList = [];
  for (const quadrant of QUADRANTS) {
    blocks.push({ type: 'heading', level: 3, text: t(`maps.powerMap.quadrants.${quadrant}.name`) });
    blocks.push({ type: 'guidance', text: t(`maps.powerMap.quadrants.${quadrant}.guidance`) });
    const items: string[] = [];
    for (const actor of actors) {
      const position = placements.get(actor.id);
      if (!position || quadrantOf(position.influence, position.support) !== quadrant) continue;
      items.push(
        t('maps.powerMap.listItem', {
          name: actorLabel(actor, t),
          influence: t(`maps.powerMap.influenceLevels.${levelOf(position.influence)}`),
          support: t(`maps.powerMap.supportLevels.${levelOf(position.support)}`),
        }),
      );
    }
    blocks.push(items.length ? { type: 'bullets', items } : { type: 'paragraph', text: t('maps.list.emptyQuadrant') });
  }
  const links = actorLinks(actors.filter((actor) => placements.has(actor.id)));
  if (links.length) {
    blocks.push({ type: 'heading', level: 3, text: t('maps.powerMap.relations') });
    blocks.push({
      type: 'bullets',
      items: links.map((link) => {
        const [a, b] = [byId.get(link.from)!.name, byId.get(link.to)!.name].sort((x, y) => x.localeCompare(y));
        return t(`maps.powerMap.relationText.${link.kind}`, { a: a!, b: b! });
      }),
    });
  }
  return blocks;
}

export function spectrumBlocks(doc: Y.Doc, content: Y.Map<unknown>, { t, formatDate }: BoardTextOptions): BlockList {
  const actors = listActors(doc);
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const segments = readSegments(content);
  const tactics = readTactics(content);
  const history = readHistory(content);
  const blocks: BlockList = [];
  for (const segment of SEGMENTS) {
    blocks.push({ type: 'heading', level: 3, text: t(`maps.spectrum.segments.${segment}.name`) });
    const items = actors.filter((actor) => segments.get(actor.id) === segment).map((actor) => actorLabel(actor, t));
    blocks.push(items.length ? { type: 'bullets', items } : { type: 'paragraph', text: t('maps.list.emptySegment') });
    if (tactics[segment].trim()) blocks.push({ type: 'paragraph', text: `${t('maps.spectrum.tactics')}: ${tactics[segment].trim()}` });
  }
  const moved = actors.filter((actor) => movesOf(history, actor.id).some((move) => move.from !== null));
  if (moved.length) {
    blocks.push({ type: 'heading', level: 3, text: t('maps.spectrum.history') });
    const items: string[] = [];
    for (const actor of moved) {
      for (const move of movesOf(history, actor.id)) items.push(moveText(move, byId.get(move.actorId)?.name ?? '', { t, formatDate }));
    }
    blocks.push({ type: 'bullets', items });
  }
  return blocks;
}

/** "Moved from neutral to passive allies on 21 Nov 2026" (with the actor's name when given). */
export function moveText(move: { from: string | null; to: string | null; at: string }, name: string, { t, formatDate }: BoardTextOptions): string {
  const date = formatDate(move.at);
  const segment = (value: string) => t(`maps.spectrum.segments.${value}.short`);
  const key = move.from === null ? 'placed' : move.to === null ? 'removed' : 'moved';
  return t(`maps.spectrum.moveText.${key}${name ? 'Named' : ''}`, {
    name,
    from: move.from ? segment(move.from) : '',
    to: move.to ? segment(move.to) : '',
    date,
  });
}

/** A board as blocks: its title and kind as a heading, then its content, for every kind. */
export function boardBlocks(doc: Y.Doc, mapId: string, options: BoardTextOptions): BlockList {
  const board = readMap(doc, mapId);
  const content = mapContent(doc, mapId);
  if (!board || !content) return [];
  const headingText = `${board.title} — ${options.t(`maps.list.kinds.${board.kind}.name`)}`;
  const heading: BlockList = [{ type: 'heading', level: 2, text: headingText }];
  if (board.kind === 'power-map') return [...heading, ...powerMapBlocks(doc, content, options)];
  if (board.kind === 'spectrum') return [...heading, ...spectrumBlocks(doc, content, options)];
  const labels = options.labels ?? {};
  // These three open with their own level-2 heading: given ours as its text.
  if (board.kind === 'theory-of-change') return theoryOfChangeBlocks(content, headingText, labels.toc);
  if (board.kind === 'problem-tree') return problemTreeBlocks(content, headingText, labels.problemTree);
  return forceFieldBlocks(content, headingText, labels.forceField);
}

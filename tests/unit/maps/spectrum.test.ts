import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fillSpectrum, moveToSegment, movesOf, neighbourSegment, readHistory, readSegments, readTactics, setTactics, type Move } from '../../../shared/sync/boards/spectrum';
import { createMap, mapContent } from '../../../shared/sync/maps-doc';
import { moveText } from '../../../shared/sync/boards/board-blocks';

const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;

describe('movesOf: an actor\'s history of moves', () => {
  const history: Move[] = [
    { actorId: 'actor_a', from: null, to: 'neutral', at: at(1), by: 'm1' },
    { actorId: 'actor_b', from: null, to: 'active-allies', at: at(2), by: '' },
    { actorId: 'actor_a', from: 'passive-allies', to: 'active-allies', at: at(21), by: 'm2' },
    // Appended late (it came from a computer that was offline), but happened earlier.
    { actorId: 'actor_a', from: 'neutral', to: 'passive-allies', at: at(10), by: 'm2' },
  ];
  it.each([
    ['actor_a', [at(1), at(10), at(21)]],
    ['actor_b', [at(2)]],
    ['actor_c', []],
  ])('%s', (actorId, dates) => {
    expect(movesOf(history, actorId).map((move) => move.at)).toEqual(dates);
  });
  it('keeps the order of appending for moves at the same time', () => {
    const same: Move[] = [
      { actorId: 'actor_a', from: null, to: 'neutral', at: at(1), by: '' },
      { actorId: 'actor_a', from: 'neutral', to: 'passive-allies', at: at(1), by: '' },
    ];
    expect(movesOf(same, 'actor_a').map((move) => move.to)).toEqual(['neutral', 'passive-allies']);
  });
});

describe('moveToSegment', () => {
  it('places, moves and records every move; a move to where it is already is no move', () => {
    const doc = new Y.Doc();
    const mapId = createMap(doc, { kind: 'spectrum', title: 'S' }, fillSpectrum);
    const content = mapContent(doc, mapId)!;
    expect(moveToSegment(content, 'actor_a', 'neutral', { by: 'mem_1', now: new Date(at(1)) })).toBe(true);
    expect(moveToSegment(content, 'actor_a', 'neutral')).toBe(false);
    expect(moveToSegment(content, 'actor_a', 'passive-allies', { now: new Date(at(21)) })).toBe(true);
    expect(readSegments(content).get('actor_a')).toBe('passive-allies');
    expect(readHistory(content)).toEqual([
      { actorId: 'actor_a', from: null, to: 'neutral', at: at(1), by: 'mem_1' },
      { actorId: 'actor_a', from: 'neutral', to: 'passive-allies', at: at(21), by: '' },
    ]);
    expect(moveToSegment(content, 'actor_a', null, { now: new Date(at(22)) })).toBe(true);
    expect(readSegments(content).has('actor_a')).toBe(false);
    expect(readHistory(content)).toHaveLength(3);
  });

  it('skips damaged history entries and placements', () => {
    const doc = new Y.Doc();
    const mapId = createMap(doc, { kind: 'spectrum', title: 'S' }, fillSpectrum);
    const content = mapContent(doc, mapId)!;
    (content.get('history') as Y.Array<unknown>).push(['x', { actorId: 'actor_a', from: 'nowhere', to: 'neutral', at: at(1) }, { actorId: 'actor_a', from: null, to: 'neutral', at: 'never' }]);
    (content.get('placements') as Y.Map<unknown>).set('actor_b', 'somewhere');
    expect(readHistory(content)).toEqual([]);
    expect(readSegments(content).size).toBe(0);
  });

  it('neighbours stop at the ends', () => {
    expect(neighbourSegment('neutral', -1)).toBe('passive-allies');
    expect(neighbourSegment('neutral', 1)).toBe('passive-opposition');
    expect(neighbourSegment('active-allies', -1)).toBeNull();
    expect(neighbourSegment('active-opposition', 1)).toBeNull();
  });

  it('tactics: two members typing in the same notes both keep their words', () => {
    const a = new Y.Doc();
    const mapId = createMap(a, { kind: 'spectrum', title: 'S' }, fillSpectrum);
    setTactics(mapContent(a, mapId)!, 'neutral', 'Invite them to events.');
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    setTactics(mapContent(a, mapId)!, 'neutral', 'Invite them to our events.');
    setTactics(mapContent(b, mapId)!, 'neutral', 'Invite them to events. Share stories.');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    expect(readTactics(mapContent(a, mapId)!).neutral).toBe('Invite them to our events. Share stories.');
    expect(readTactics(mapContent(b, mapId)!).neutral).toBe('Invite them to our events. Share stories.');
  });

  it('moveText says it as the toolkit would', () => {
    const t = (key: string, values?: Record<string, string | number>) => `${key}|${JSON.stringify(values)}`;
    const text = moveText({ from: 'neutral', to: 'passive-allies', at: at(21) }, '', { t, formatDate: () => '21 Nov 2026' });
    expect(text).toContain('maps.spectrum.moveText.moved|');
    expect(text).toContain('"date":"21 Nov 2026"');
    expect(text).toContain('maps.spectrum.segments.neutral.short');
  });
});

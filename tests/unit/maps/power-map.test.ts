import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clampPosition, fillPowerMap, levelOf, nudge, placeActor, quadrantOf, readPlacements, unplaceActor } from '../../../shared/sync/boards/power-map';
import { createMap, mapContent } from '../../../shared/sync/maps-doc';

describe('quadrantOf (toolkit figure 3: engagement strategies)', () => {
  it.each([
    [0.9, 0.9, 'partner'],
    [0.9, 0.1, 'awareness-raising'],
    [0.1, 0.9, 'capacity-development'],
    [0.1, 0.1, 'monitor'],
    [0.5, 0.5, 'partner'],
    [0.5, 0.49, 'awareness-raising'],
    [0.49, 0.5, 'capacity-development'],
    [0.49, 0.49, 'monitor'],
    [1, 0, 'awareness-raising'],
    [0, 1, 'capacity-development'],
    [7, 7, 'partner'],
    [-3, -3, 'monitor'],
  ] as const)('influence %s, support %s → %s', (influence, support, quadrant) => {
    expect(quadrantOf(influence, support)).toBe(quadrant);
  });
});

describe('clampPosition: nothing leaves the board', () => {
  it.each([
    [{ influence: 1.4, support: -0.2 }, { influence: 1, support: 0 }],
    [{ influence: -5, support: 2 }, { influence: 0, support: 1 }],
    [{ influence: 0.3, support: 0.7 }, { influence: 0.3, support: 0.7 }],
    [{ influence: Number.NaN, support: Infinity }, { influence: 0.5, support: 0.5 }],
    [{}, { influence: 0.5, support: 0.5 }],
    [null, { influence: 0.5, support: 0.5 }],
  ])('%j → %j', (input, output) => {
    expect(clampPosition(input as never)).toEqual(output);
  });

  it('a placement written outside the board is stored inside it', () => {
    const doc = new Y.Doc();
    const id = createMap(doc, { kind: 'power-map', title: 'Map' }, fillPowerMap);
    const content = mapContent(doc, id)!;
    placeActor(content, 'actor_a', { influence: 1.7, support: -0.4 });
    expect(readPlacements(content).get('actor_a')).toEqual({ influence: 1, support: 0 });
  });
});

describe('nudge: keyboard steps', () => {
  it.each([
    ['up', false, { influence: 0.55, support: 0.5 }],
    ['down', false, { influence: 0.45, support: 0.5 }],
    ['right', false, { influence: 0.5, support: 0.55 }],
    ['left', false, { influence: 0.5, support: 0.45 }],
    ['right', true, { influence: 0.5, support: 0.45 }],
    ['left', true, { influence: 0.5, support: 0.55 }],
  ] as const)('%s (rtl %s)', (direction, rtl, expected) => {
    expect(nudge({ influence: 0.5, support: 0.5 }, direction, 0.05, rtl)).toEqual(expected);
  });
  it('stops at the edge', () => {
    expect(nudge({ influence: 0.95, support: 0.02 }, 'up', 0.2)).toEqual({ influence: 1, support: 0.02 });
    expect(nudge({ influence: 0.95, support: 0.02 }, 'left', 0.2)).toEqual({ influence: 0.95, support: 0 });
  });
  it('levels in five words', () => {
    expect([0, 0.19, 0.2, 0.5, 0.79, 0.8, 1].map(levelOf)).toEqual([0, 0, 1, 2, 3, 4, 4]);
  });
});

describe('placements on two computers', () => {
  function pair() {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const mapId = createMap(a, { kind: 'power-map', title: 'Shared' }, fillPowerMap);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    return { a, b, mapId };
  }
  function exchange(a: Y.Doc, b: Y.Doc) {
    const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
    const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
    Y.applyUpdate(b, fromA);
    Y.applyUpdate(a, fromB);
  }

  it('two members moving the same actor at once converge on ONE of their two positions', () => {
    for (let round = 0; round < 20; round++) {
      const { a, b, mapId } = pair();
      placeActor(mapContent(a, mapId)!, 'actor_x', { influence: 0.5, support: 0.5 });
      exchange(a, b);
      const mine = { influence: 0.9, support: 0.1 };
      const theirs = { influence: 0.2, support: 0.8 };
      placeActor(mapContent(a, mapId)!, 'actor_x', mine);
      placeActor(mapContent(b, mapId)!, 'actor_x', theirs);
      exchange(a, b);
      const onA = readPlacements(mapContent(a, mapId)!).get('actor_x');
      const onB = readPlacements(mapContent(b, mapId)!).get('actor_x');
      expect(onA).toEqual(onB);
      expect([mine, theirs]).toContainEqual(onA);
    }
  });

  it('two members placing the same actor for the first time at once converge too', () => {
    const { a, b, mapId } = pair();
    placeActor(mapContent(a, mapId)!, 'actor_y', { influence: 0.1, support: 0.1 });
    placeActor(mapContent(b, mapId)!, 'actor_y', { influence: 0.9, support: 0.9 });
    exchange(a, b);
    expect(readPlacements(mapContent(a, mapId)!)).toEqual(readPlacements(mapContent(b, mapId)!));
    expect(readPlacements(mapContent(a, mapId)!).size).toBe(1);
  });

  it('unplacing takes the actor back to the tray; bad entries are skipped', () => {
    const doc = new Y.Doc();
    const mapId = createMap(doc, { kind: 'power-map', title: 'M' }, fillPowerMap);
    const content = mapContent(doc, mapId)!;
    placeActor(content, 'actor_a', { influence: 0.2, support: 0.3 });
    (content.get('placements') as Y.Map<unknown>).set('actor_b', 'garbage');
    (content.get('placements') as Y.Map<unknown>).set('bad id!', { influence: 0.1, support: 0.1 });
    expect([...readPlacements(content).keys()]).toEqual(['actor_a']);
    expect(unplaceActor(content, 'actor_a')).toBe(true);
    expect(readPlacements(content).size).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addChain,
  chainLayers,
  checkLink,
  linkChains,
  moveChain,
  readTheoryOfChange,
  removeChain,
  theoryOfChangeBlocks,
  unlinkChains,
  updateChain,
} from '../../../shared/sync/boards/theory-of-change';
import { addNode, problemTreeBlocks, readProblemTree, removeNode, setCoreProblem, updateNode } from '../../../shared/sync/boards/problem-tree';
import { addForce, clampWeight, forceFieldBlocks, forceTotals, moveForce, readForceField, removeForce, setForceGoal, updateForce } from '../../../shared/sync/boards/force-field';

function board(doc = new Y.Doc()): Y.Map<unknown> {
  return doc.getMap('board');
}

function pair() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(b, update, 'remote'));
  b.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(a, update, 'remote'));
  return { a, b };
}

/** Exchanges the two documents' full states (after edits made while "offline"). */
function exchange(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('force totals', () => {
  it.each([
    [3, 3],
    [0, 1],
    [-4, 1],
    [9, 5],
    [2.4, 2],
    [4.6, 5],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    ['3', null],
    [null, null],
    [undefined, null],
  ])('clampWeight(%s) = %s', (value, expected) => {
    expect(clampWeight(value)).toBe(expected);
  });

  it('sums each side, clamps weights, ignores bad entries and gives the balance', () => {
    const content = board();
    addForce(content, { side: 'driving', text: 'Community trust', weight: 4 });
    addForce(content, { side: 'driving', text: 'Elections soon', weight: 12 });
    addForce(content, { side: 'restraining', text: 'Fear of authorities', weight: 3 });
    const forces = content.get('forces') as Y.Map<unknown>;
    const bad = (side: unknown, weight: unknown) => {
      const entry = new Y.Map<unknown>();
      entry.set('side', side);
      entry.set('weight', weight);
      entry.set('text', 'bad');
      return entry;
    };
    forces.set('bad1', bad('restraining', 'heavy'));
    forces.set('bad2', bad('sideways', 3));
    forces.set('bad3', bad('driving', Number.NaN));
    forces.set('bad4', 'not a map');
    forces.set('bad id!', bad('driving', 3));
    const raw = new Y.Map<unknown>();
    forces.set('raw', raw);
    raw.set('side', 'restraining');
    raw.set('weight', -2);
    expect(forceTotals(content)).toEqual({ driving: 9, restraining: 4, balance: 5 });
    expect(readForceField(content).restraining.map((force) => force.weight)).toEqual([1, 3]); // the one without a rank sorts first
  });

  it('is zero on an empty or damaged board', () => {
    const content = board();
    expect(forceTotals(content)).toEqual({ driving: 0, restraining: 0, balance: 0 });
    content.set('forces', 'nonsense');
    content.set('goal', 42);
    expect(readForceField(content)).toEqual({ goal: '', driving: [], restraining: [] });
  });

  it('edits, reorders and removes forces; refuses bad weights', () => {
    const content = board();
    setForceGoal(content, '  More migrants vote  ');
    const one = addForce(content, { side: 'restraining', text: 'One', weight: 2, note: 'n' })!;
    const two = addForce(content, { side: 'restraining', text: 'Two', weight: 2 })!;
    expect(addForce(content, { side: 'restraining', text: 'x', weight: Number.NaN })).toBeNull();
    expect(updateForce(content, one, { weight: Number.NaN })).toBe(false);
    expect(updateForce(content, one, { weight: 5, text: 'Uno' })).toBe(true);
    expect(moveForce(content, two, 0)).toBe(true);
    const field = readForceField(content);
    expect(field.goal).toBe('More migrants vote');
    expect(field.restraining.map((force) => [force.text, force.weight, force.note])).toEqual([
      ['Two', 2, ''],
      ['Uno', 5, 'n'],
    ]);
    expect(removeForce(content, one)).toBe(true);
    expect(forceTotals(content)).toEqual({ driving: 0, restraining: 2, balance: -2 });
  });

  it('two members adding and re-weighing forces at once converge on the same totals', () => {
    const docA = new Y.Doc();
    const docB = new Y.Doc();
    const shared = addForce(board(docA), { side: 'driving', text: 'Shared', weight: 2 })!;
    exchange(docA, docB);
    addForce(board(docA), { side: 'driving', text: 'From A', weight: 3 });
    addForce(board(docB), { side: 'restraining', text: 'From B', weight: 4 });
    updateForce(board(docA), shared, { weight: 5 });
    updateForce(board(docB), shared, { note: 'noted' });
    exchange(docA, docB);
    expect(readForceField(board(docA))).toEqual(readForceField(board(docB)));
    expect(forceTotals(board(docA))).toEqual({ driving: 8, restraining: 4, balance: 4 });
    expect(readForceField(board(docB)).driving.find((force) => force.id === shared)).toMatchObject({ weight: 5, note: 'noted' });
  });

  it('exports a table with the totals', () => {
    const content = board();
    addForce(content, { side: 'driving', text: 'A', weight: 4 });
    addForce(content, { side: 'restraining', text: 'B', weight: 1, note: 'slow' });
    const table = forceFieldBlocks(content, 'Voting').find((block) => block.type === 'table');
    expect(table).toMatchObject({
      rows: [
        ['A', 'Driving', '4', ''],
        ['B', 'Restraining', '1', 'slow'],
        ['Total driving', '', '4', ''],
        ['Total restraining', '', '1', ''],
        ['Balance (driving − restraining)', '', '+3', ''],
      ],
    });
  });
});

describe('theory of change', () => {
  it('keeps chains in order, edits and moves them', () => {
    const content = board();
    const a = addChain(content, { if: 'we run workshops', then: 'turnout rises', because: 'awareness is low' });
    const b = addChain(content);
    const c = addChain(content, { if: 'C' });
    expect(updateChain(content, b, 'then', ' B then ')).toBe(true);
    expect(updateChain(content, 'missing', 'then', 'x')).toBe(false);
    expect(moveChain(content, c, 0)).toBe(true);
    expect(moveChain(content, c, 5)).toBe(false);
    const read = readTheoryOfChange(content);
    expect(read.chains.map((chain) => chain.id)).toEqual([c, a, b]);
    expect(read.chains[2]!.then).toBe('B then');
  });

  it.each([
    ['a chain to itself', [], ['a', 'a'], 'self'],
    ['the same link twice', [['a', 'b']], ['a', 'b'], 'exists'],
    ['a two-chain cycle', [['a', 'b']], ['b', 'a'], 'cycle'],
    ['a longer cycle', [['a', 'b'], ['b', 'c']], ['c', 'a'], 'cycle'],
    ['a missing chain', [], ['a', 'zz'], 'missing'],
  ] as const)('refuses %s', (_name, existing, [from, to], reason) => {
    const content = board();
    const ids: Record<string, string> = { a: addChain(content), b: addChain(content), c: addChain(content), zz: 'zz' };
    for (const [x, y] of existing) expect(linkChains(content, ids[x]!, ids[y]!)).toEqual({ ok: true });
    expect(linkChains(content, ids[from]!, ids[to]!)).toEqual({ ok: false, reason });
    expect(readTheoryOfChange(content).links).toHaveLength(existing.length);
  });

  it('accepts a diamond (two paths, no cycle) and layers the chains', () => {
    const content = board();
    const [a, b, c, d] = [addChain(content), addChain(content), addChain(content), addChain(content)];
    for (const [x, y] of [[a, b], [a, c], [b, d], [c, d], [a, d]] as const) expect(linkChains(content, x, y).ok).toBe(true);
    const layers = chainLayers(readTheoryOfChange(content));
    expect([layers.get(a), layers.get(b), layers.get(c), layers.get(d)]).toEqual([0, 1, 1, 2]);
    expect(unlinkChains(content, a, d)).toBe(true);
    expect(checkLink(readTheoryOfChange(content), d, a)).toEqual({ ok: false, reason: 'cycle' });
  });

  it('removing a chain removes its links', () => {
    const content = board();
    const [a, b, c] = [addChain(content), addChain(content), addChain(content)];
    linkChains(content, a, b);
    linkChains(content, b, c);
    removeChain(content, b);
    expect(readTheoryOfChange(content).links).toEqual([]);
    expect([...(content.get('links') as Y.Map<unknown>).keys()]).toEqual([]);
  });

  it('drops a cycle two members closed at the same time, the same way on both sides', () => {
    const { a: docA, b: docB } = pair();
    const contentA = board(docA);
    const x = addChain(contentA, { if: 'x' });
    const y = addChain(contentA, { if: 'y' });
    const contentB = board(docB);
    // Offline: each links one way.
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(docB));
    expect(linkChains(contentA, x, y).ok).toBe(true);
    expect(linkChains(board(offline), y, x).ok).toBe(true);
    exchange(docB, offline);
    const readA = readTheoryOfChange(contentA);
    expect(readA.links).toHaveLength(1);
    expect(readTheoryOfChange(contentB)).toEqual(readA);
    expect(readTheoryOfChange(board(offline))).toEqual(readA);
  });

  it('reads damaged data safely', () => {
    const content = board();
    const good = addChain(content, { if: 'good' });
    const chains = content.get('chains') as Y.Map<unknown>;
    chains.set('broken', 'text');
    const odd = new Y.Map<unknown>();
    chains.set('odd', odd);
    odd.set('if', 7);
    odd.set('rank', 'high');
    const links = new Y.Map<unknown>();
    content.set('links', links);
    links.set(`${good}>nowhere`, true);
    links.set('garbage', true);
    links.set(`${good}>odd`, 'yes');
    const read = readTheoryOfChange(content);
    expect(read.chains.map((chain) => [chain.id, chain.if])).toEqual([
      ['odd', ''],
      [good, 'good'],
    ]);
    expect(read.links).toEqual([]);
    content.set('chains', 5);
    expect(readTheoryOfChange(content)).toEqual({ chains: [], links: [] });
  });

  it('exports chains as headings and lists', () => {
    const content = board();
    const a = addChain(content, { if: 'workshops', then: 'turnout', because: 'awareness' });
    const b = addChain(content, { if: 'lobby' });
    linkChains(content, a, b);
    expect(theoryOfChangeBlocks(content, 'Votes')).toEqual([
      { type: 'heading', level: 2, text: 'Votes' },
      { type: 'heading', level: 3, text: 'Chain 1' },
      { type: 'bullets', items: ['If: workshops', 'Then: turnout', 'Because: awareness', 'Leads to: Chain 2'] },
      { type: 'heading', level: 3, text: 'Chain 2' },
      { type: 'bullets', items: ['If: lobby', 'Then: (not filled in)', 'Because: (not filled in)'] },
    ]);
  });

  it('concurrent edits on two documents converge without duplicates', () => {
    const docA = new Y.Doc();
    const docB = new Y.Doc();
    const x = addChain(board(docA), { if: 'x' });
    const y = addChain(board(docA), { if: 'y' });
    const z = addChain(board(docA), { if: 'z' });
    exchange(docA, docB);
    // Both move chains and add one at the same time.
    moveChain(board(docA), z, 0);
    moveChain(board(docB), z, 1);
    addChain(board(docA), { if: 'from A' });
    addChain(board(docB), { if: 'from B' });
    updateChain(board(docB), x, 'because', 'reason');
    exchange(docA, docB);
    const readA = readTheoryOfChange(board(docA));
    expect(readTheoryOfChange(board(docB))).toEqual(readA);
    expect(readA.chains).toHaveLength(5);
    expect(new Set(readA.chains.map((chain) => chain.id)).size).toBe(5);
    expect(readA.chains.find((chain) => chain.id === x)?.because).toBe('reason');
    expect(readA.chains.map((chain) => chain.id)).toContain(y);
  });
});

describe('problem tree', () => {
  it('builds causes below and effects above, with sub-nodes on their parent side', () => {
    const content = board();
    setCoreProblem(content, ' Low turnout ');
    const cause = addNode(content, { side: 'cause', text: 'Little awareness' })!;
    const sub = addNode(content, { side: 'effect', parentId: cause, text: 'No materials in Arabic' })!;
    addNode(content, { side: 'cause', parentId: sub, text: 'No budget' });
    const effect = addNode(content, { side: 'effect', text: 'Needs ignored' })!;
    expect(addNode(content, { side: 'cause', parentId: 'gone', text: 'x' })).toBeNull();
    expect(updateNode(content, effect, 'Needs ignored by politicians')).toBe(true);
    const tree = readProblemTree(content);
    expect(tree.core).toBe('Low turnout');
    expect(tree.causes).toHaveLength(1);
    expect(tree.causes[0]!.children[0]).toMatchObject({ side: 'cause', text: 'No materials in Arabic' });
    expect(tree.causes[0]!.children[0]!.children[0]!.text).toBe('No budget');
    expect(tree.effects.map((node) => node.text)).toEqual(['Needs ignored by politicians']);
    expect(problemTreeBlocks(content)).toContainEqual({ type: 'bullets', items: ['1  Little awareness', '1.1  No materials in Arabic', '1.1.1  No budget'] });
  });

  it('removing a node removes its children too', () => {
    const content = board();
    const cause = addNode(content, { side: 'cause', text: 'A' })!;
    const sub = addNode(content, { side: 'cause', parentId: cause, text: 'A.1' })!;
    addNode(content, { side: 'cause', parentId: sub, text: 'A.1.1' });
    addNode(content, { side: 'cause', parentId: cause, text: 'A.2' });
    const other = addNode(content, { side: 'cause', text: 'B' })!;
    expect(removeNode(content, sub)).toBe(2);
    expect(readProblemTree(content).causes[0]!.children.map((node) => node.text)).toEqual(['A.2']);
    expect(removeNode(content, cause)).toBe(2);
    expect(removeNode(content, cause)).toBe(0);
    expect(readProblemTree(content).causes.map((node) => node.id)).toEqual([other]);
    expect((content.get('nodes') as Y.Map<unknown>).size).toBe(1);
  });

  it('keeps a sub-cause added while its parent was removed elsewhere, under the core', () => {
    const docA = new Y.Doc();
    const docB = new Y.Doc();
    const parent = addNode(board(docA), { side: 'cause', text: 'Parent' })!;
    exchange(docA, docB);
    removeNode(board(docA), parent);
    addNode(board(docB), { side: 'cause', parentId: parent, text: 'Child' });
    exchange(docA, docB);
    const tree = readProblemTree(board(docA));
    expect(readProblemTree(board(docB))).toEqual(tree);
    expect(tree.causes.map((node) => node.text)).toEqual(['Child']);
  });

  it('reads damaged data safely: bad sides, parent cycles, wrong types', () => {
    const content = board();
    content.set('core', 99);
    const nodes = new Y.Map<unknown>();
    content.set('nodes', nodes);
    const node = (id: string, fields: Record<string, unknown>) => {
      const entry = new Y.Map<unknown>();
      nodes.set(id, entry);
      for (const [key, value] of Object.entries(fields)) entry.set(key, value);
    };
    node('ok', { side: 'cause', parent: '', text: 'fine', rank: 1 });
    node('self', { side: 'cause', parent: 'self', text: 'own parent' });
    node('loop1', { side: 'cause', parent: 'loop2', text: 'l1' });
    node('loop2', { side: 'cause', parent: 'loop1', text: 'l2' });
    node('side', { side: 'sideways', parent: '', text: 'x' });
    node('num', { side: 'effect', parent: 3, text: ['x'] });
    nodes.set('junk', 'text');
    const tree = readProblemTree(content);
    expect(tree.core).toBe('');
    expect(tree.causes.map((item) => item.id).sort()).toEqual(['ok', 'self']);
    expect(tree.effects).toEqual([{ id: 'num', side: 'effect', text: '', children: [] }]);
  });
});

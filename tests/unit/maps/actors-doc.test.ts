import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  actorLinks,
  addActor,
  boardsUsingActor,
  createActorUndo,
  deleteActor,
  getActor,
  listActors,
  setRelation,
  updateActor,
  validateActorInput,
  ActorInputError,
} from '../../../shared/sync/actors-doc';
import { fillPowerMap, placeActor, readPlacements } from '../../../shared/sync/boards/power-map';
import { fillSpectrum, moveToSegment, readHistory, readSegments } from '../../../shared/sync/boards/spectrum';
import { createMap, mapContent } from '../../../shared/sync/maps-doc';

describe('actor registry', () => {
  it.each([
    [{ name: '' }, [{ field: 'name', code: 'required' }]],
    [{ name: 'x'.repeat(201) }, [{ field: 'name', code: 'too-long' }]],
    [{ name: 'City council', type: 'planet' }, [{ field: 'type', code: 'invalid' }]],
    [{ name: 'City council', memberId: 'bad id' }, [{ field: 'memberId', code: 'invalid' }]],
    [{ name: 'City council', notes: 'n'.repeat(5001) }, [{ field: 'notes', code: 'too-long' }]],
    [{ name: 'City council', type: 'institution', memberId: 'mem_1' }, []],
  ])('validates %j', (input, problems) => {
    expect(validateActorInput(input as never)).toEqual(problems);
  });

  it('adds, reads, updates; refuses an invalid actor', () => {
    const doc = new Y.Doc();
    const id = addActor(doc, { name: '  City   council ', type: 'institution', keyPersons: 'Mayor' });
    expect(getActor(doc, id)).toMatchObject({ name: 'City council', type: 'institution', keyPersons: 'Mayor', isOwnOrganisation: false, relations: {} });
    expect(updateActor(doc, id, { subGroup: 'Integration office', isOwnOrganisation: true })).toBe(true);
    expect(getActor(doc, id)).toMatchObject({ subGroup: 'Integration office', isOwnOrganisation: true });
    expect(() => addActor(doc, { name: ' ' })).toThrow(ActorInputError);
    expect(updateActor(doc, 'actor_gone', { name: 'x' })).toBe(false);
  });

  it('reads damaged entries as defaults or skips them', () => {
    const doc = new Y.Doc();
    const actors = doc.getMap('actors');
    actors.set('actor_str', 'not a map');
    const noName = new Y.Map();
    actors.set('actor_noname', noName);
    const odd = new Y.Map<unknown>();
    actors.set('actor_odd', odd);
    odd.set('name', 'Odd');
    odd.set('type', 42);
    odd.set('memberId', '../../x');
    odd.set('relations', 'none');
    expect(listActors(doc)).toEqual([expect.objectContaining({ id: 'actor_odd', name: 'Odd', type: 'organisation', memberId: '', relations: {} })]);
  });

  it('relations are written on both actors and read once per pair', () => {
    const doc = new Y.Doc();
    const a = addActor(doc, { name: 'A' });
    const b = addActor(doc, { name: 'B' });
    const c = addActor(doc, { name: 'C' });
    expect(setRelation(doc, a, b, 'cooperating')).toBe(true);
    expect(setRelation(doc, c, a, 'conflict')).toBe(true);
    expect(setRelation(doc, a, a, 'conflict')).toBe(false);
    expect(getActor(doc, b)!.relations).toEqual({ [a]: 'cooperating' });
    const links = actorLinks(listActors(doc));
    expect(links).toHaveLength(2);
    expect(links.map((link) => link.kind).sort()).toEqual(['conflict', 'cooperating']);
    setRelation(doc, b, a, null);
    expect(actorLinks(listActors(doc))).toHaveLength(1);
  });
});

describe('deleting an actor that boards still use', () => {
  function setUp() {
    const doc = new Y.Doc();
    const keep = addActor(doc, { name: 'Keep' });
    const gone = addActor(doc, { name: 'Gone' });
    setRelation(doc, keep, gone, 'conflict');
    const power = createMap(doc, { kind: 'power-map', title: 'Power' }, fillPowerMap);
    const spectrum = createMap(doc, { kind: 'spectrum', title: 'Spectrum' }, fillSpectrum);
    const other = createMap(doc, { kind: 'power-map', title: 'Other' }, fillPowerMap);
    placeActor(mapContent(doc, power)!, gone, { influence: 0.8, support: 0.2 });
    placeActor(mapContent(doc, power)!, keep, { influence: 0.2, support: 0.2 });
    moveToSegment(mapContent(doc, spectrum)!, gone, 'neutral');
    return { doc, keep, gone, power, spectrum, other };
  }

  it('lists the boards that place it', () => {
    const { doc, gone, power, spectrum } = setUp();
    expect(boardsUsingActor(doc, gone).sort()).toEqual([power, spectrum].sort());
  });

  it('removes it from every board and every relation in one transaction, and one undo brings all back', () => {
    const { doc, keep, gone, power, spectrum } = setUp();
    const origin = Symbol('this computer');
    const undo = createActorUndo(doc, origin);
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    expect(deleteActor(doc, gone, origin)).toBe(true);
    expect(transactions).toBe(1);
    expect(getActor(doc, gone)).toBeNull();
    expect(getActor(doc, keep)!.relations).toEqual({});
    expect(readPlacements(mapContent(doc, power)!).has(gone)).toBe(false);
    expect(readPlacements(mapContent(doc, power)!).has(keep)).toBe(true);
    expect(readSegments(mapContent(doc, spectrum)!).has(gone)).toBe(false);
    // The history is a record: kept.
    expect(readHistory(mapContent(doc, spectrum)!)).toHaveLength(1);

    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(getActor(doc, gone)).toMatchObject({ name: 'Gone', relations: { [keep]: 'conflict' } });
    expect(getActor(doc, keep)!.relations).toEqual({ [gone]: 'conflict' });
    expect(readPlacements(mapContent(doc, power)!).get(gone)).toEqual({ influence: 0.8, support: 0.2 });
    expect(readSegments(mapContent(doc, spectrum)!).get(gone)).toBe('neutral');
    undo.destroy();
  });

  it('the undo manager never undoes edits it does not track (another member, other local edits)', () => {
    const { doc, keep } = setUp();
    const origin = Symbol('this computer');
    const undo = createActorUndo(doc, origin);
    updateActor(doc, keep, { notes: 'local edit' });
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    updateActor(remote, keep, { subGroup: 'remote edit' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(doc)));
    expect(undo.undoStack).toHaveLength(0);
    undo.destroy();
  });

  it('deleting an actor that is already gone says so', () => {
    const doc = new Y.Doc();
    expect(deleteActor(doc, 'actor_nobody')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addActor, setRelation } from '../../../shared/sync/actors-doc';
import { boardBlocks } from '../../../shared/sync/boards/board-blocks';
import { fillPowerMap, placeActor } from '../../../shared/sync/boards/power-map';
import { fillSpectrum, moveToSegment } from '../../../shared/sync/boards/spectrum';
import { createMap, mapContent } from '../../../shared/sync/maps-doc';

// Keys and values as text, so the test reads what the export would say without the catalogues.
const t = (key: string, values?: Record<string, string | number>) => (values ? `${key}${JSON.stringify(values)}` : key);
const options = { t, formatDate: (iso: string) => iso.slice(0, 10) };

describe('boardBlocks: boards as text for the DOCX/PDF export', () => {
  it('a power map: a heading and the actors per quadrant, then the relations', () => {
    const doc = new Y.Doc();
    const council = addActor(doc, { name: 'City council' });
    const us = addActor(doc, { name: 'Us', isOwnOrganisation: true });
    setRelation(doc, council, us, 'conflict');
    const id = createMap(doc, { kind: 'power-map', title: 'Campaign' }, fillPowerMap);
    placeActor(mapContent(doc, id)!, council, { influence: 0.9, support: 0.1 });
    placeActor(mapContent(doc, id)!, us, { influence: 0.2, support: 0.9 });
    const blocks = boardBlocks(doc, id, options);
    expect(blocks[0]).toEqual({ type: 'heading', level: 2, text: 'Campaign — maps.list.kinds.power-map.name' });
    const headings = blocks.filter((block) => block.type === 'heading' && block.level === 3).map((block) => (block as { text: string }).text);
    expect(headings).toEqual([
      'maps.powerMap.quadrants.partner.name',
      'maps.powerMap.quadrants.awareness-raising.name',
      'maps.powerMap.quadrants.capacity-development.name',
      'maps.powerMap.quadrants.monitor.name',
      'maps.powerMap.relations',
    ]);
    const awareness = blocks[blocks.findIndex((block) => block.type === 'heading' && block.text === 'maps.powerMap.quadrants.awareness-raising.name') + 2];
    expect(awareness).toMatchObject({ type: 'bullets' });
    expect(JSON.stringify(awareness)).toContain('City council');
    expect(JSON.stringify(blocks.at(-1))).toContain('maps.powerMap.relationText.conflict');
  });

  it('a spectrum: the actors per segment, the tactics, and the history of moves', () => {
    const doc = new Y.Doc();
    const press = addActor(doc, { name: 'Local press' });
    const id = createMap(doc, { kind: 'spectrum', title: 'Spectrum' }, fillSpectrum);
    const content = mapContent(doc, id)!;
    moveToSegment(content, press, 'neutral', { now: new Date('2026-11-01T10:00:00Z') });
    moveToSegment(content, press, 'passive-allies', { now: new Date('2026-11-21T10:00:00Z') });
    const text = JSON.stringify(boardBlocks(doc, id, options));
    expect(text).toContain('maps.spectrum.segments.passive-allies.name');
    expect(text).toContain('maps.spectrum.moveText.movedNamed');
    expect(text).toContain('2026-11-21');
  });

  it('a board that is gone gives nothing', () => {
    expect(boardBlocks(new Y.Doc(), 'map_gone', options)).toEqual([]);
  });
});

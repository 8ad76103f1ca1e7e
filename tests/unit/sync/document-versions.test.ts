import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BlockList } from '../../../shared/model/template';
import { versionHash } from '../../../shared/model/version-hash';
import { documentBlocks } from '../../../shared/sync/document-blocks';
import { DOCUMENT_ROOT_NAME, newDocumentDoc } from '../../../shared/sync/document-doc';
import {
  endorsementStates,
  listEndorsements,
  listVersions,
  recordEndorsement,
  saveVersion,
  versionContent,
  type EndorsementRecord,
} from '../../../shared/sync/document-versions';
import { writeBlocksToYDoc } from '../../../renderer/editor/blocks/blocks-to-ydoc';

const DRAFT: BlockList = [
  { type: 'heading', level: 1, text: 'Memorandum of Understanding' },
  { type: 'paragraph', text: 'The parties agree to meet every month.' },
];

function firstParagraph(doc: Y.Doc): Y.XmlText {
  return doc.get(DOCUMENT_ROOT_NAME, Y.XmlText).toDelta()[1].insert as Y.XmlText;
}

const at = (n: number) => ({ id: `v${n}`, author: 'Rania', createdAt: `2026-11-0${n}T10:00:00.000Z` });

function endorsement(overrides: Partial<EndorsementRecord>): EndorsementRecord {
  return {
    id: 'e1',
    organisationId: 'org1',
    delegateId: 'ind1',
    versionId: 'v1',
    versionHash: '',
    date: '2026-11-10',
    recordedBy: 'Rania',
    recordedAt: '2026-11-10T10:00:00.000Z',
    ...overrides,
  };
}

describe('named versions', () => {
  it('saves a version that reads back as it was after the text changed, with its hash', async () => {
    const doc = newDocumentDoc('doc');
    writeBlocksToYDoc(doc, DRAFT);
    const saved = await saveVersion(doc, { ...at(1), name: '  Draft for the general assembly  ' });
    firstParagraph(doc).insert(5, 'two '); // "The two parties…"
    firstParagraph(doc).delete(0, 1);

    const [listed] = listVersions(doc);
    expect(listed).toMatchObject({ id: 'v1', name: 'Draft for the general assembly', author: 'Rania' });
    expect(listed!.hash).toBe(await versionHash(DRAFT));
    const content = await versionContent(doc, listed!);
    expect(content).toEqual({ ok: true, blocks: DRAFT, hash: saved.hash, hashMatches: true });
    expect(documentBlocks(doc)).not.toEqual(DRAFT);
  });

  it('travels with the document to another copy', async () => {
    const doc = newDocumentDoc('doc');
    writeBlocksToYDoc(doc, DRAFT);
    await saveVersion(doc, { ...at(1), name: 'First' });
    firstParagraph(doc).delete(1, 10);
    const copy = newDocumentDoc('doc');
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const content = await versionContent(copy, listVersions(copy)[0]!);
    expect(content.ok && content.blocks).toEqual(DRAFT);
  });

  it('refuses a nameless version', async () => {
    await expect(saveVersion(newDocumentDoc('doc'), { ...at(1), name: '   ' })).rejects.toThrow();
  });

  it('says the data is missing when the history was collected (a doc kept with gc on) and changes nothing', async () => {
    const doc = new Y.Doc({ guid: 'old', gc: true }); // as documents were before history was kept
    writeBlocksToYDoc(doc, DRAFT);
    const version = await saveVersion(doc, { ...at(1), name: 'Before' });
    firstParagraph(doc).delete(1, 10); // collected at once
    const before = Y.encodeStateAsUpdate(doc);
    expect(await versionContent(doc, version)).toEqual({ ok: false, reason: 'missing' });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);

    // A version whose changes never arrived here is missing too.
    const elsewhere = newDocumentDoc('old');
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(doc));
    const later = newDocumentDoc('old');
    Y.applyUpdate(later, Y.encodeStateAsUpdate(doc));
    firstParagraph(later).insert(1, 'more ');
    const future = await saveVersion(later, { ...at(2), name: 'Later' });
    expect(await versionContent(elsewhere, future)).toEqual({ ok: false, reason: 'missing' });
  });

  it('says the data is missing when the snapshot cannot be decoded', async () => {
    const doc = newDocumentDoc('doc');
    writeBlocksToYDoc(doc, DRAFT);
    expect(await versionContent(doc, { snapshot: new Uint8Array([255, 255, 255]), hash: 'x' })).toEqual({ ok: false, reason: 'undecodable' });
    expect(await versionContent(doc, { snapshot: new Uint8Array(), hash: 'x' })).toEqual({ ok: false, reason: 'undecodable' });
  });
});

describe('versions in a chain (each stores only the deletions since the previous one)', () => {
  it('read back exactly after many edits and deletions, and cost little each', async () => {
    const doc = newDocumentDoc('doc');
    writeBlocksToYDoc(doc, [{ type: 'heading', level: 1, text: 'Title' }, { type: 'paragraph', text: 'x'.repeat(2_000) }]);
    const expected: BlockList[] = [];
    const saved = [];
    for (let n = 0; n < 12; n++) {
      // Scattered deletions and insertions: a long, fragmented delete set.
      for (let k = 0; k < 40; k++) {
        const paragraph = firstParagraph(doc);
        paragraph.delete(1 + ((n * 97 + k * 31) % (paragraph.length - 4)), 2);
        paragraph.insert(1 + ((n * 53 + k * 17) % (paragraph.length - 2)), 'yz');
      }
      expected.push(documentBlocks(doc));
      saved.push(await saveVersion(doc, { id: `v${n}`, author: 'Rania', createdAt: '2026-11-01T10:00:00.000Z', name: `V${n}` }));
    }
    const versions = listVersions(doc);
    expect(versions[0]!.base).toBeUndefined();
    expect(versions.slice(1).every((version, i) => version.base === versions[i]!.id)).toBe(true);
    for (const [i, version] of versions.entries()) {
      const content = await versionContent(doc, version);
      expect(content.ok && content.hashMatches).toBe(true);
      expect(content.ok && content.blocks).toEqual(expected[i]);
    }
    // The last version's full delete set is far larger than what it stores.
    const full = Y.encodeSnapshot(Y.snapshot(doc)).byteLength;
    expect(saved[saved.length - 1]!.snapshot.byteLength).toBeLessThan(full / 4);
  });

  it('says a version is missing when a version it builds on is gone, and changes nothing', async () => {
    const doc = newDocumentDoc('doc');
    writeBlocksToYDoc(doc, DRAFT);
    await saveVersion(doc, { ...at(1), name: 'First' });
    firstParagraph(doc).delete(1, 5);
    await saveVersion(doc, { ...at(2), name: 'Second' });
    doc.getArray('versions').delete(0, 1); // the first entry is lost (damaged data)
    const [second] = listVersions(doc);
    expect(second!.base).toBe('v1');
    const before = Y.encodeStateAsUpdate(doc);
    expect(await versionContent(doc, second!)).toEqual({ ok: false, reason: 'missing' });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});

describe('endorsements', () => {
  it('are current while the text is the endorsed one, and flag a changed text', async () => {
    const doc = newDocumentDoc('doc');
    writeBlocksToYDoc(doc, DRAFT);
    const version = await saveVersion(doc, { ...at(1), name: 'Final' });
    recordEndorsement(doc, endorsement({ id: 'e1', versionHash: version.hash }));
    recordEndorsement(doc, endorsement({ id: 'e2', organisationId: 'org2', delegateId: 'ind2', versionHash: version.hash }));
    expect(listEndorsements(doc).map((item) => item.organisationId)).toEqual(['org1', 'org2']);

    let states = await endorsementStates(doc, await versionHash(documentBlocks(doc)));
    expect([...states.values()]).toEqual(['current', 'current']);

    firstParagraph(doc).insert(5, 'two ');
    states = await endorsementStates(doc, await versionHash(documentBlocks(doc)));
    expect([...states.values()]).toEqual(['text-changed', 'text-changed']);
  });

  it('flags an endorsement whose hash no longer matches its version, and one whose version is gone', async () => {
    const doc = newDocumentDoc('doc');
    writeBlocksToYDoc(doc, DRAFT);
    const version = await saveVersion(doc, { ...at(1), name: 'Final' });
    recordEndorsement(doc, endorsement({ id: 'tampered', versionHash: 'f'.repeat(64) }));
    recordEndorsement(doc, endorsement({ id: 'orphan', versionId: 'nope', versionHash: version.hash }));
    const states = await endorsementStates(doc, version.hash);
    expect(states.get('tampered')).toBe('hash-mismatch');
    expect(states.get('orphan')).toBe('version-missing');
  });
});

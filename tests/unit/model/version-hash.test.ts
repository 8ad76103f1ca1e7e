import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BlockList } from '../../../shared/model/template';
import { canonicalJson, versionHash } from '../../../shared/model/version-hash';
import { documentBlocks } from '../../../shared/sync/document-blocks';
import { DOCUMENT_ROOT_NAME, newDocumentDoc } from '../../../shared/sync/document-doc';
import { writeBlocksToYDoc } from '../../../renderer/editor/blocks/blocks-to-ydoc';

const SAMPLE: BlockList = [
  { type: 'heading', level: 1, text: 'Memorandum of Understanding' },
  { type: 'paragraph', text: ['Between the ', { text: 'parties', formats: ['bold'] }, ' named below.'] },
  { type: 'numbered', items: ['Purpose', 'Values'] },
  { type: 'table', header: ['Member', 'Role'], rows: [['Jisr', 'Chair']] },
];

describe('version hashing', () => {
  it('is a hex SHA-256 that depends on the content only, not on how the doc was edited', async () => {
    const direct = newDocumentDoc('a');
    writeBlocksToYDoc(direct, SAMPLE);

    // The same text reached another way: a typo written, then removed character by character.
    const edited = newDocumentDoc('b');
    writeBlocksToYDoc(edited, [{ type: 'heading', level: 1, text: 'Memorandum of Understandingg' }, ...SAMPLE.slice(1)]);
    const title = edited.get(DOCUMENT_ROOT_NAME, Y.XmlText).toDelta()[0].insert as Y.XmlText;
    title.delete(title.length - 1, 1);

    const hashA = await versionHash(documentBlocks(direct));
    const hashB = await versionHash(documentBlocks(edited));
    expect(hashA).toMatch(/^[0-9a-f]{64}$/);
    expect(hashB).toBe(hashA);
  });

  it('treats a plain string and the same text as runs alike, and ignores guidance', async () => {
    const asRuns: BlockList = [{ type: 'paragraph', text: ['Between ', 'the ', { text: 'parties' }] }, { type: 'guidance', text: 'Say who signs.' }];
    expect(await versionHash(asRuns)).toBe(await versionHash([{ type: 'paragraph', text: 'Between the parties' }]));
  });

  it('changes with any change of text, formatting, link, heading level, list kind or cell', async () => {
    const base = await versionHash(SAMPLE);
    const variants: BlockList[] = [
      [{ type: 'heading', level: 1, text: 'Memorandum of understanding' }, ...SAMPLE.slice(1)],
      [SAMPLE[0]!, { type: 'paragraph', text: ['Between the ', { text: 'parties', formats: ['italic'] }, ' named below.'] }, ...SAMPLE.slice(2)],
      [SAMPLE[0]!, { type: 'paragraph', text: ['Between the ', { text: 'parties', formats: ['bold'], href: 'https://example.org' }, ' named below.'] }, ...SAMPLE.slice(2)],
      [{ type: 'heading', level: 2, text: 'Memorandum of Understanding' }, ...SAMPLE.slice(1)],
      [...SAMPLE.slice(0, 2), { type: 'bullets', items: ['Purpose', 'Values'] }, SAMPLE[3]!],
      [...SAMPLE.slice(0, 3), { type: 'table', header: ['Member', 'Role'], rows: [['Jisr', 'Co-chair']] }],
      // text moving between blocks is a change even though the characters are the same
      [{ type: 'heading', level: 1, text: 'Memorandum of' }, { type: 'paragraph', text: 'Understanding' }, ...SAMPLE.slice(1)],
    ];
    const hashes = await Promise.all(variants.map(versionHash));
    for (const hash of hashes) expect(hash).not.toBe(base);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('orders formats canonically', () => {
    expect(canonicalJson([{ type: 'paragraph', text: [{ text: 'x', formats: ['underline', 'bold'] }] }])).toBe(
      canonicalJson([{ type: 'paragraph', text: [{ text: 'x', formats: ['bold', 'underline'] }] }]),
    );
  });
});

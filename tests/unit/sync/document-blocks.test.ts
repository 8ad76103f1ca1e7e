import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BlockList } from '../../../shared/model/template';
import { blockText, documentBlocks } from '../../../shared/sync/document-blocks';
import { newDocumentDoc, DOCUMENT_ROOT_NAME } from '../../../shared/sync/document-doc';
import { generateGovernanceDocument } from '../../../shared/model/governance-text';
import { writeBlocksToYDoc } from '../../../renderer/editor/blocks/blocks-to-ydoc';

const SAMPLE: BlockList = [
  { type: 'heading', level: 1, text: 'Memorandum of Understanding' },
  { type: 'paragraph', text: ['Between the ', { text: 'parties', formats: ['bold'] }, ' named in ', { text: 'the annex', href: 'https://example.org/annex' }, '.'] },
  { type: 'quote', text: 'Together we build bridges.' },
  { type: 'numbered', items: ['Purpose', ['Values ', { text: 'and', formats: ['italic', 'underline'] }, ' principles']] },
  { type: 'bullets', items: ['one', 'two'] },
  { type: 'table', header: ['Member', 'Role'], rows: [['Jisr', 'Chair'], ['Amal', 'Treasurer']] },
];

describe('reading a document Y.Doc as blocks', () => {
  it('gives back what was written: headings, formats, links, quotes, lists and tables', () => {
    const doc = newDocumentDoc('doc');
    writeBlocksToYDoc(doc, SAMPLE);
    expect(documentBlocks(doc)).toEqual(SAMPLE);
  });

  it('round-trips the text of a long generated agreement (Lexical joins adjacent lists of a kind)', () => {
    const doc = newDocumentDoc('doc');
    const blocks = generateGovernanceDocument({ seed: 11, targetCharacters: 30_000 });
    writeBlocksToYDoc(doc, blocks);
    expect(documentBlocks(doc).map(blockText).join('\n')).toBe(blocks.map(blockText).join('\n'));
  });

  it('reads the document as it was at a snapshot, after later edits and deletions', () => {
    const doc = newDocumentDoc('doc');
    writeBlocksToYDoc(doc, SAMPLE);
    const before = Y.snapshot(doc);
    const root = doc.get(DOCUMENT_ROOT_NAME, Y.XmlText);
    root.delete(0, 1); // the title goes
    expect(documentBlocks(doc)[0]).toMatchObject({ type: 'paragraph' });
    expect(documentBlocks(doc, before)).toEqual(SAMPLE);
  });
});

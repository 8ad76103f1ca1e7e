/**
 * document → Markdown → import keeps the structure: headings, paragraphs with bold,
 * italic, underline and links, quotes, lists and tables, for every template and every
 * example document, in English, French and Arabic.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { blocksToMarkdown } from '../../../shared/export/blocks-to-markdown';
import { markdownToBlocks } from '../../../shared/import/markdown-to-blocks';
import { DOCUMENT_KINDS } from '../../../shared/model/document';
import { exampleWorkspace } from '../../../shared/model/example-workspace';
import { LOCALES } from '../../../shared/model/locale';
import type { BlockList } from '../../../shared/model/template';
import { defaultTitleFor, templateFor } from '../../../shared/model/templates';
import { documentBlocks } from '../../../shared/sync/document-blocks';
import { newDocumentDoc } from '../../../shared/sync/document-doc';
import { writeBlocksToYDoc } from '../../../renderer/editor/blocks/blocks-to-ydoc';
import { canonicalBlocks } from './normalize';

const fixtures: Array<{ name: string; title: string; blocks: BlockList }> = [];
for (const locale of LOCALES) {
  for (const kind of DOCUMENT_KINDS) fixtures.push({ name: `template ${kind} (${locale})`, title: defaultTitleFor(kind, locale), blocks: templateFor(kind, locale) });
  for (const document of exampleWorkspace(locale).documents) fixtures.push({ name: `example “${document.title}” (${locale})`, title: document.title, blocks: document.blocks });
}

/** The blocks as a document holds them (written through Lexical into a Y.Doc, and read back). */
function throughDocument(blocks: BlockList): BlockList {
  const doc = newDocumentDoc('doc-test');
  writeBlocksToYDoc(doc, blocks);
  const read = documentBlocks(doc);
  doc.destroy();
  return read;
}

describe('document → Markdown → import', () => {
  it.each(fixtures)('$name', ({ title, blocks }) => {
    const document = throughDocument(blocks);
    const markdown = blocksToMarkdown(title, document);
    const imported = markdownToBlocks(markdown);
    expect(canonicalBlocks(imported.blocks)).toEqual(canonicalBlocks(document));
    expect(imported.dropped).toEqual([]);
    // The document's level-1 heading is its title, and is not written twice.
    expect(imported.title).toBe(title);
    // And the imported blocks make the same document again.
    expect(canonicalBlocks(throughDocument(imported.blocks))).toEqual(canonicalBlocks(document));
  });
});

void Y;

// Restoring a version through an editor bound to the doc: the past text comes back as new
// edits, the versions in between stay readable, and untouched blocks are kept as they are.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { $getRoot, $createParagraphNode, $createTextNode } from 'lexical';
import type { BlockList } from '../../../shared/model/template';
import { documentBlocks } from '../../../shared/sync/document-blocks';
import { DOCUMENT_ROOT_NAME, newDocumentDoc } from '../../../shared/sync/document-doc';
import { listVersions, saveVersion, versionContent } from '../../../shared/sync/document-versions';
import { $blockToNode } from '../../../renderer/editor/blocks/blocks-to-nodes';
import { restoreBlocks } from '../../../renderer/features/versions/restore-version';
import { boundEditor } from './bound-editor';


const DRAFT: BlockList = [
  { type: 'heading', level: 1, text: 'Memorandum of Understanding' },
  { type: 'paragraph', text: 'The parties meet every month.' },
  { type: 'bullets', items: ['Transparency', 'Solidarity'] },
  { type: 'table', header: ['Member', 'Role'], rows: [['Jisr', 'Chair']] },
  { type: 'paragraph', text: 'Signed in Beirut.' },
];

const at = (n: number) => ({ id: `v${n}`, author: 'Rania', createdAt: `2026-11-0${n}T10:00:00.000Z` });

describe('restoring a version', () => {
  it('brings the past text back as new edits, keeping the versions and the untouched blocks', async () => {
    const doc = newDocumentDoc('doc');
    const editor = boundEditor(doc);
    editor.update(() => $getRoot().append(...DRAFT.map($blockToNode)), { discrete: true });
    const draft = await saveVersion(doc, { ...at(1), name: 'Draft for the general assembly' });
    const root = doc.get(DOCUMENT_ROOT_NAME, Y.XmlText);
    const titleItem = root.toDelta()[0].insert as Y.XmlText;

    // Later edits: a paragraph rewritten, a list removed, a paragraph added.
    editor.update(
      () => {
        const [, paragraph, list] = $getRoot().getChildren();
        paragraph!.replace($createParagraphNode().append($createTextNode('The parties meet every quarter.')));
        list!.remove();
        $getRoot().append($createParagraphNode().append($createTextNode('An annex follows.')));
      },
      { discrete: true },
    );
    const edited = await saveVersion(doc, { ...at(2), name: 'Edited' });
    expect(documentBlocks(doc)).not.toEqual(DRAFT);

    const past = await versionContent(doc, draft);
    if (!past.ok) throw new Error('the draft should be readable');
    restoreBlocks(editor, documentBlocks(doc), past.blocks);

    expect(documentBlocks(doc)).toEqual(DRAFT);
    // The title was not touched: the same Yjs item (its authorship and anchors) remains.
    expect(root.toDelta()[0].insert).toBe(titleItem);
    // Every version in between still reads as it was.
    expect(listVersions(doc).map((version) => version.name)).toEqual(['Draft for the general assembly', 'Edited']);
    const between = await versionContent(doc, edited);
    expect(between.ok && between.hashMatches).toBe(true);
    expect(between.ok && between.blocks.map((block) => block.type)).toEqual(['heading', 'paragraph', 'table', 'paragraph', 'paragraph']);

    // A second copy of the doc (another member) receives the restore as ordinary updates.
    const other = newDocumentDoc('doc');
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(documentBlocks(other)).toEqual(DRAFT);
  });
});

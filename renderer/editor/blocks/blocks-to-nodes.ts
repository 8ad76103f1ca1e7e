/**
 * Turns the language-neutral `BlockList` (templates, the example workspace,
 * benchmark fixtures) into Lexical nodes. Call inside `editor.update()`.
 */
import { $createParagraphNode, $createTextNode, type ElementNode, type LexicalNode, type TextFormatType } from 'lexical';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createLinkNode } from '@lexical/link';
import { $createTableCellNode, $createTableNode, $createTableRowNode, TableCellHeaderStates } from '@lexical/table';
import type { Block, Inline } from '../../../shared/model/template';
import { isSafeExternalUrl } from '../../../shared/security/trusted-urls';
import { $createGuidanceNode } from '../nodes/GuidanceNode';

function $appendInlines(parent: ElementNode, content: Inline[] | string): void {
  const runs = typeof content === 'string' ? [content] : content;
  for (const run of runs) {
    if (typeof run === 'string') {
      if (run) parent.append($createTextNode(run));
      continue;
    }
    const text = $createTextNode(run.text);
    for (const format of run.formats ?? []) text.toggleFormat(format as TextFormatType);
    if (run.href && isSafeExternalUrl(run.href)) {
      parent.append($createLinkNode(run.href).append(text));
    } else {
      parent.append(text);
    }
  }
}

function $cell(text: string, header: boolean): LexicalNode {
  const cell = $createTableCellNode(header ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS);
  const paragraph = $createParagraphNode();
  if (text) paragraph.append($createTextNode(text));
  return cell.append(paragraph);
}

export function $blockToNode(block: Block): LexicalNode {
  switch (block.type) {
    case 'heading': {
      const node = $createHeadingNode(`h${block.level}`);
      $appendInlines(node, block.text);
      return node;
    }
    case 'paragraph': {
      const node = $createParagraphNode();
      $appendInlines(node, block.text);
      return node;
    }
    case 'guidance':
      return $createGuidanceNode(block.text, block.baseline);
    case 'quote': {
      const node = $createQuoteNode();
      $appendInlines(node, block.text);
      return node;
    }
    case 'bullets':
    case 'numbered': {
      const list = $createListNode(block.type === 'bullets' ? 'bullet' : 'number');
      for (const item of block.items) {
        const listItem = $createListItemNode();
        $appendInlines(listItem, item);
        list.append(listItem);
      }
      return list;
    }
    case 'table': {
      const table = $createTableNode();
      // A table read back without a header row (documentBlocks gives `header: []`) gets none.
      if (block.header.length > 0) table.append($createTableRowNode().append(...block.header.map((text) => $cell(text, true))));
      for (const row of block.rows) {
        table.append($createTableRowNode().append(...row.map((text) => $cell(text, false))));
      }
      return table;
    }
  }
}

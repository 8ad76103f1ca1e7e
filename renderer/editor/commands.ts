/** Block-level formatting the toolbar and the shortcuts share. */
import { $createParagraphNode, $getSelection, $isRangeSelection, createCommand, type LexicalEditor } from 'lexical';
import { $getNearestNodeOfType } from '@lexical/utils';
import { $setBlocksType } from '@lexical/selection';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode, type HeadingTagType } from '@lexical/rich-text';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode, REMOVE_LIST_COMMAND } from '@lexical/list';
import { INSERT_TABLE_COMMAND } from '@lexical/table';

export type BlockStyle = 'paragraph' | HeadingTagType | 'quote' | 'bullet' | 'number';

/** Opens the link dialog (toolbar button and Ctrl+K). */
export const OPEN_LINK_DIALOG_COMMAND = createCommand<void>('OPEN_LINK_DIALOG_COMMAND');

/** The block style at the selection's anchor, or null without a range selection. */
export function $currentBlockStyle(): BlockStyle | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  const list = $getNearestNodeOfType(anchor, ListNode);
  if (list) return list.getListType() === 'number' ? 'number' : 'bullet';
  if (anchor.getKey() === 'root') return 'paragraph';
  const top = anchor.getTopLevelElement();
  if ($isHeadingNode(top)) return top.getTag();
  if ($isQuoteNode(top)) return 'quote';
  return 'paragraph';
}

export function setBlockStyle(editor: LexicalEditor, style: BlockStyle, current: BlockStyle): void {
  if (style === 'bullet' || style === 'number') {
    if (current === style) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else editor.dispatchCommand(style === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
    return;
  }
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    if (current === 'bullet' || current === 'number') editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    $setBlocksType(selection, () => {
      if (style === 'paragraph') return $createParagraphNode();
      if (style === 'quote') return $createQuoteNode();
      return $createHeadingNode(style);
    });
  });
}

export function insertTable(editor: LexicalEditor): void {
  editor.dispatchCommand(INSERT_TABLE_COMMAND, { rows: '3', columns: '3', includeHeaders: { rows: true, columns: false } });
}

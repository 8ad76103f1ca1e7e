/**
 * The formatting toolbar. It only dispatches commands; the editor state is the
 * single place formats live. Arrow keys move between buttons (WAI-ARIA toolbar).
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import { $isLinkNode } from '@lexical/link';
import { $currentBlockStyle, OPEN_LINK_DIALOG_COMMAND, insertTable, setBlockStyle, type BlockStyle } from '../commands';
import { LinkDialog } from './LinkDialog';
import { BulletedListIcon, HeadingIcon, LinkIcon, NumberedListIcon, TableIcon } from '../../ui/icons';

interface ToolbarState {
  formats: Record<'bold' | 'italic' | 'underline', boolean>;
  block: BlockStyle;
  isLink: boolean;
}

const INITIAL: ToolbarState = { formats: { bold: false, italic: false, underline: false }, block: 'paragraph', isLink: false };

function $readToolbarState(): ToolbarState | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  return {
    formats: { bold: selection.hasFormat('bold'), italic: selection.hasFormat('italic'), underline: selection.hasFormat('underline') },
    block: $currentBlockStyle() ?? 'paragraph',
    isLink: $isLinkNode(anchor.getParent()) || $isLinkNode(anchor),
  };
}

function sameToolbarState(a: ToolbarState, b: ToolbarState): boolean {
  return (
    a.block === b.block &&
    a.isLink === b.isLink &&
    a.formats.bold === b.formats.bold &&
    a.formats.italic === b.formats.italic &&
    a.formats.underline === b.formats.underline
  );
}

export function ToolbarPlugin({ disabled = false }: { disabled?: boolean }) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>(INITIAL);
  const [linkOpen, setLinkOpen] = useState(false);
  const toolbarRef = useRef<HTMLDivElement>(null);

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => {
          const next = $readToolbarState();
          // Only commit when something changed: every React commit walks the focused
          // editor's whole DOM to save the selection, which is slow in a long agreement.
          if (next) setState((current) => (sameToolbarState(current, next) ? current : next));
        });
      }),
    [editor],
  );
  useEffect(
    () =>
      editor.registerCommand(
        OPEN_LINK_DIALOG_COMMAND,
        () => {
          setLinkOpen(true);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );

  const format = (type: TextFormatType) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type);
  const block = (style: BlockStyle) => setBlockStyle(editor, style, state.block);

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft' && event.key !== 'Home' && event.key !== 'End') return;
    const buttons = Array.from(toolbarRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const forward = (event.key === 'ArrowRight') !== rtl;
    let next = event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : index + (forward ? 1 : -1);
    next = (next + buttons.length) % buttons.length;
    event.preventDefault();
    buttons.forEach((button, i) => (button.tabIndex = i === next ? 0 : -1));
    buttons[next]?.focus();
  }, []);

  const button = (label: string, onClick: () => void, options: { pressed?: boolean; icon: ReactNode; first?: boolean }) => (
    <button
      type="button"
      className="toolbar__button"
      aria-label={label}
      title={label}
      aria-pressed={options.pressed}
      tabIndex={options.first ? 0 : -1}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault() /* keep the editor's selection */}
      onClick={onClick}
    >
      <span aria-hidden="true">{options.icon}</span>
    </button>
  );

  return (
    <>
      <div className="toolbar" role="toolbar" aria-label={t('editor.toolbar')} ref={toolbarRef} onKeyDown={onKeyDown}>
        {button(t('editor.undo'), () => editor.dispatchCommand(UNDO_COMMAND, undefined), { icon: '↶', first: true })}
        {button(t('editor.redo'), () => editor.dispatchCommand(REDO_COMMAND, undefined), { icon: '↷' })}
        <span className="toolbar__separator" aria-hidden="true" />
        {button(t('editor.bold'), () => format('bold'), { pressed: state.formats.bold, icon: 'B' })}
        {button(t('editor.italic'), () => format('italic'), { pressed: state.formats.italic, icon: 'I' })}
        {button(t('editor.underline'), () => format('underline'), { pressed: state.formats.underline, icon: 'U' })}
        <span className="toolbar__separator" aria-hidden="true" />
        {button(t('editor.h1'), () => block('h1'), { pressed: state.block === 'h1', icon: <HeadingIcon level={1} /> })}
        {button(t('editor.h2'), () => block('h2'), { pressed: state.block === 'h2', icon: <HeadingIcon level={2} /> })}
        {button(t('editor.h3'), () => block('h3'), { pressed: state.block === 'h3', icon: <HeadingIcon level={3} /> })}
        {button(t('editor.paragraph'), () => block('paragraph'), { pressed: state.block === 'paragraph', icon: '¶' })}
        {button(t('editor.bullets'), () => block('bullet'), { pressed: state.block === 'bullet', icon: <BulletedListIcon /> })}
        {button(t('editor.numbered'), () => block('number'), { pressed: state.block === 'number', icon: <NumberedListIcon /> })}
        {button(t('editor.quote'), () => block('quote'), { pressed: state.block === 'quote', icon: '❝' })}
        <span className="toolbar__separator" aria-hidden="true" />
        {button(t('editor.link'), () => setLinkOpen(true), { pressed: state.isLink, icon: <LinkIcon /> })}
        {button(t('editor.table'), () => insertTable(editor), { icon: <TableIcon /> })}
      </div>
      {linkOpen ? <LinkDialog isLink={state.isLink} onClose={() => setLinkOpen(false)} /> : null}
    </>
  );
}

/**
 * The comparison of two versions: inserted text in <ins>, deleted text in <del>, each also
 * announced in words (screen readers do not read <ins>/<del>, and colour alone says nothing
 * to some readers), a changed formatting marked likewise.
 */
import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlockDiff, Segment, TextDiff, VersionDiff } from '../../../shared/model/version-diff';
import { Runs } from './BlocksView';

function SegmentView({ segment }: { segment: Segment }) {
  const { t, i18n } = useTranslation();
  // The hidden words carry the interface's direction, so a block's dir="auto" still follows its own text.
  const dir = i18n.dir();
  const content = <Runs value={[{ text: segment.text, formats: segment.formats, href: segment.href }]} />;
  if (segment.change === 'inserted') {
    return (
      <ins className="diff-ins">
        <span className="visually-hidden" dir={dir}>{t('versions.insertedStart')}</span>
        {content}
        <span className="visually-hidden" dir={dir}>{t('versions.markEnd')}</span>
      </ins>
    );
  }
  if (segment.change === 'deleted') {
    return (
      <del className="diff-del">
        <span className="visually-hidden" dir={dir}>{t('versions.deletedStart')}</span>
        {content}
        <span className="visually-hidden" dir={dir}>{t('versions.markEnd')}</span>
      </del>
    );
  }
  if (segment.formatChanged) {
    return (
      <mark className="diff-format" title={t('versions.reformatted')}>
        <span className="visually-hidden" dir={dir}>{t('versions.reformattedStart')}</span>
        {content}
        <span className="visually-hidden" dir={dir}>{t('versions.markEnd')}</span>
      </mark>
    );
  }
  return content;
}

function TextView({ text }: { text: TextDiff }) {
  return (
    <>
      {text.segments.map((segment, index) => (
        <SegmentView key={index} segment={segment} />
      ))}
    </>
  );
}

/** The whole block's change, on the block itself (a bar beside inserted or deleted blocks). */
const changeClass = (change: string) => `diff-block diff-block--${change}`;

function BlockDiffView({ block }: { block: BlockDiff }) {
  switch (block.type) {
    case 'heading': {
      const Tag = `h${block.level}` as const;
      return (
        <Tag className={`ed-h${block.level} ${changeClass(block.change)}`} dir="auto">
          <TextView text={block} />
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p className={`ed-p ${changeClass(block.change)}`} dir="auto">
          <TextView text={block} />
        </p>
      );
    case 'quote':
      return (
        <blockquote className={`ed-quote ${changeClass(block.change)}`} dir="auto">
          <TextView text={block} />
        </blockquote>
      );
    case 'bullets':
    case 'numbered': {
      const List = block.type === 'bullets' ? 'ul' : 'ol';
      return (
        <List className={`${block.type === 'bullets' ? 'ed-ul' : 'ed-ol'} ${changeClass(block.change)}`} dir="auto">
          {block.items.map((item, index) => (
            <li key={index} className={`ed-li ${changeClass(item.change)}`}>
              <TextView text={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'table':
      return (
        <table className={`ed-table ${changeClass(block.change)}`}>
          {block.header.length > 0 ? (
            <thead>
              <tr>
                {block.header.map((cell, index) => (
                  <th key={index} className={`ed-th ${changeClass(cell.change)}`} dir="auto">
                    <TextView text={cell} />
                  </th>
                ))}
              </tr>
            </thead>
          ) : null}
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r} className={changeClass(row.change)}>
                {row.cells.map((cell, c) => (
                  <td key={c} className={`ed-td ${changeClass(cell.change)}`} dir="auto">
                    <TextView text={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

const MARKS = '.diff-ins, .diff-del, .diff-format';

/**
 * "Insertions: N · Deletions: M", the legend, and Previous / Next change — in a 200-page
 * agreement the changes are far apart. Shown above the text (and kept in view).
 */
export function DiffSummary({ diff }: { diff: VersionDiff }) {
  const { t } = useTranslation();
  const [position, setPosition] = useState<{ at: number; of: number } | null>(null);
  const changed = diff.insertions + diff.deletions + diff.formatting > 0;
  const go = (event: MouseEvent<HTMLButtonElement>, step: 1 | -1) => {
    const marks = Array.from(event.currentTarget.closest('dialog')?.querySelectorAll<HTMLElement>(`[data-testid="diff-text"] :is(${MARKS})`) ?? []);
    if (marks.length === 0) return;
    const at = position ? (position.at + step + marks.length) % marks.length : step === 1 ? 0 : marks.length - 1;
    marks[at]!.scrollIntoView({ block: 'center' });
    setPosition({ at, of: marks.length });
  };
  return (
    <>
      <p className="diff-summary" role="status" data-testid="diff-summary">
        {changed ? t('versions.summary', { insertions: diff.insertions, deletions: diff.deletions }) : t('versions.noDifferences')}
        {diff.formatting > 0 ? ` · ${t('versions.formattingSummary', { count: diff.formatting })}` : null}
      </p>
      {changed ? (
        <div className="diff-nav">
          <p className="diff-legend">{t('versions.legend')}</p>
          <button type="button" className="button" onClick={(event) => go(event, -1)}>
            {t('versions.previousChange')}
          </button>
          <button type="button" className="button" onClick={(event) => go(event, 1)}>
            {t('versions.nextChange')}
          </button>
          {position ? (
            <span className="diff-nav__position" aria-live="polite">
              {t('versions.changePosition', { at: position.at + 1, of: position.of })}
            </span>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

/** Unchanged blocks kept on each side of a change, for context. */
const CONTEXT_BLOCKS = 1;

type Piece = { kind: 'block'; index: number } | { kind: 'folded'; from: number; to: number };

/** The blocks to show: changes with a little context; long unchanged stretches folded. */
function pieces(blocks: readonly BlockDiff[]): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  while (i < blocks.length) {
    if (blocks[i]!.change !== 'same') {
      out.push({ kind: 'block', index: i++ });
      continue;
    }
    let end = i;
    while (end < blocks.length && blocks[end]!.change === 'same') end++;
    const keepBefore = i === 0 ? 0 : CONTEXT_BLOCKS;
    const keepAfter = end === blocks.length ? 0 : CONTEXT_BLOCKS;
    if (end - i > keepBefore + keepAfter + 1) {
      for (let k = i; k < i + keepBefore; k++) out.push({ kind: 'block', index: k });
      out.push({ kind: 'folded', from: i + keepBefore, to: end - keepAfter });
      for (let k = end - keepAfter; k < end; k++) out.push({ kind: 'block', index: k });
    } else {
      for (let k = i; k < end; k++) out.push({ kind: 'block', index: k });
    }
    i = end;
  }
  return out;
}

/**
 * The compared text. Long stretches without changes are folded (a 200-page agreement with a
 * few changes would otherwise be 200 pages to scroll through); each can be unfolded.
 */
export function DiffView({ diff, label }: { diff: VersionDiff; label: string }) {
  const { t } = useTranslation();
  const [unfolded, setUnfolded] = useState<ReadonlySet<number>>(() => new Set());
  return (
    <div className="editor version-text" role="document" aria-label={label} tabIndex={0} data-testid="diff-text">
      {pieces(diff.blocks).flatMap((piece) => {
        if (piece.kind === 'block') return [<BlockDiffView key={piece.index} block={diff.blocks[piece.index]!} />];
        if (unfolded.has(piece.from)) {
          return diff.blocks.slice(piece.from, piece.to).map((block, offset) => <BlockDiffView key={piece.from + offset} block={block} />);
        }
        return [
          <p key={`folded-${piece.from}`} className="diff-folded">
            <button type="button" className="link-button" onClick={() => setUnfolded((open) => new Set(open).add(piece.from))}>
              {t('versions.showUnchanged', { count: piece.to - piece.from })}
            </button>
          </p>,
        ];
      })}
    </div>
  );
}

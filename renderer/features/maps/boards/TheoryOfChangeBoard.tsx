import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  addChain,
  chainLayers,
  linkChains,
  moveChain,
  readTheoryOfChange,
  removeChain,
  unlinkChains,
  updateChain,
  TOC_FIELDS,
  type TheoryOfChange,
  type TocChain,
} from '../../../../shared/sync/boards/theory-of-change';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import type { WorkspacePageProps } from '../../workspace/workspace-page';
import { BoardGuidance, BoardPicture } from './BoardPicture';
import { InlineText } from './InlineText';
import { useBoardTitle } from './board-title';
import { FONT, INK, wrapText } from './svg-text';
import { useBoard } from './use-board';

interface BoardProps {
  page: WorkspacePageProps;
  mapId: string;
  content: Y.Map<unknown>;
}

/** Where focus goes once a move has been drawn. */
interface PendingFocus {
  chainId: string;
  control: 'chain' | 'up' | 'down';
}

/** Theory of change: If (action) → Then (goal) → Because (reasons) chains, linked into a bigger picture. */
export function TheoryOfChangeBoard({ page, mapId, content }: BoardProps) {
  const { t, i18n } = useTranslation();
  const board = useBoard(content, readTheoryOfChange);
  const title = useBoardTitle(page.doc, mapId);
  const hintId = useId();
  const [announcement, setAnnouncement] = useState('');
  const [removing, setRemoving] = useState<TocChain | null>(null);
  const pendingFocus = useRef<PendingFocus | null>(null);
  const chainRefs = useRef(new Map<string, HTMLLIElement>());
  const readOnly = page.readOnly;
  const total = board.chains.length;
  const layout = layoutFlow(board);

  useLayoutEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    const element = chainRefs.current.get(pending.chainId);
    if (!element) return;
    pendingFocus.current = null;
    if (pending.control === 'chain') return element.focus();
    const button = element.querySelector<HTMLButtonElement>(`[data-move="${pending.control}"]`);
    (button && !button.disabled ? button : element).focus();
  }, [board]);

  const announce = (text: string) => setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text));

  const move = (chain: TocChain, toIndex: number, control: PendingFocus['control']) => {
    if (readOnly || toIndex < 0 || toIndex >= total) return;
    pendingFocus.current = { chainId: chain.id, control };
    if (!moveChain(content, chain.id, toIndex)) {
      pendingFocus.current = null;
      return;
    }
    announce(t('maps.toc.moved', { position: toIndex + 1, total }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, chain: TocChain, index: number) => {
    if (event.target !== event.currentTarget || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      move(chain, index + (event.key === 'ArrowUp' ? -1 : 1), 'chain');
    }
  };

  const add = () => {
    const id = addChain(content);
    pendingFocus.current = null;
    announce(t('maps.toc.added', { position: total + 1 }));
    // Focus the new chain's "If" once it is drawn.
    requestAnimationFrame(() => chainRefs.current.get(id)?.querySelector<HTMLTextAreaElement>('textarea')?.focus());
  };

  const addExample = () => {
    const ids = [1, 2, 3].map((n) =>
      addChain(content, { if: t(`maps.toc.example.chain${n}.if`), then: t(`maps.toc.example.chain${n}.then`), because: t(`maps.toc.example.chain${n}.because`) }),
    );
    linkChains(content, ids[2]!, ids[0]!);
    linkChains(content, ids[0]!, ids[1]!);
    announce(t('maps.toc.exampleAdded'));
  };

  const chainName = (chain: TocChain) => {
    const position = board.chains.findIndex((item) => item.id === chain.id) + 1;
    const summary = wrapText(chain.if, 48, 1)[0];
    // First-strong isolates keep a Latin text from reordering an Arabic label around it (and the reverse).
    return summary ? t('maps.toc.chainNamed', { position, text: `\u2068${summary}\u2069` }) : t('maps.toc.chain', { position });
  };

  return (
    <div className="board board--toc" data-testid="toc-board">
      <BoardGuidance summary={t('maps.toc.guidance.summary')}>
        <p>{t('maps.toc.guidance.what')}</p>
        <p className="board-guidance__formula">{t('maps.toc.guidance.formula')}</p>
        <p>{t('maps.toc.guidance.exampleIntro')}</p>
        <blockquote>{t('maps.toc.guidance.example')}</blockquote>
        <p>{t('maps.toc.guidance.bigger')}</p>
        <p className="board-guidance__source">{t('maps.toc.guidance.source')}</p>
      </BoardGuidance>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {readOnly || total < 2 ? null : (
        <p id={hintId} className="board-hint">
          {t('maps.toc.moveHint')}
        </p>
      )}
      {total === 0 ? (
        <div className="board-empty">
          <p className="empty">{t('maps.toc.empty')}</p>
          {readOnly ? null : (
            <button type="button" className="button" onClick={addExample}>
              {t('maps.toc.useExample')}
            </button>
          )}
        </div>
      ) : (
        <ol className="toc-chains" data-testid="toc-chains">
          {board.chains.map((chain, index) => (
            <li
              key={chain.id}
              ref={(element) => {
                if (element) chainRefs.current.set(chain.id, element);
                else chainRefs.current.delete(chain.id);
              }}
              className="toc-chain"
              tabIndex={readOnly ? undefined : 0}
              aria-labelledby={`${chain.id}-heading`}
              aria-describedby={readOnly || total < 2 ? undefined : hintId}
              data-testid="toc-chain"
              onKeyDown={(event) => onKeyDown(event, chain, index)}
            >
              <div className="toc-chain__head">
                <h3 id={`${chain.id}-heading`} className="toc-chain__title">
                  {t('maps.toc.chain', { position: index + 1 })}
                </h3>
                {readOnly ? null : (
                  <div className="board-actions">
                    <button type="button" className="button button--quiet" data-move="up" disabled={index === 0} aria-label={t('maps.toc.moveUpOf', { position: index + 1 })} onClick={() => move(chain, index - 1, 'up')}>
                      <span aria-hidden="true">↑</span> {t('maps.toc.moveUp')}
                    </button>
                    <button
                      type="button"
                      className="button button--quiet"
                      data-move="down"
                      disabled={index === total - 1}
                      aria-label={t('maps.toc.moveDownOf', { position: index + 1 })}
                      onClick={() => move(chain, index + 1, 'down')}
                    >
                      <span aria-hidden="true">↓</span> {t('maps.toc.moveDown')}
                    </button>
                    <button type="button" className="button button--danger-quiet" aria-label={t('maps.toc.removeOf', { position: index + 1 })} onClick={() => setRemoving(chain)}>
                      {t('maps.toc.remove')}
                    </button>
                  </div>
                )}
              </div>
              <div className="toc-chain__cards">
                {TOC_FIELDS.map((field, fieldIndex) => (
                  <div key={field} className="toc-card-wrap">
                    {fieldIndex > 0 ? (
                      <span className="toc-arrow" aria-hidden="true">
                        →
                      </span>
                    ) : null}
                    <div className={`toc-card toc-card--${field}`}>
                      <span className="toc-card__label" aria-hidden="true">
                        {t(`maps.toc.${field}.label`)}
                      </span>
                      <span className="toc-card__hint" aria-hidden="true">
                        {t(`maps.toc.${field}.hint`)}
                      </span>
                      <InlineText
                        multiline
                        value={chain[field]}
                        label={t(`maps.toc.${field}.fieldOf`, { position: index + 1 })}
                        placeholder={t(`maps.toc.${field}.placeholder`)}
                        readOnly={readOnly}
                        onCommit={(text) => updateChain(content, chain.id, field, text)}
                        testId={`toc-${field}`}
                      />
                    </div>
                  </div>
                ))}
              </div>
              <ChainLinks board={board} chain={chain} position={index + 1} readOnly={readOnly} content={content} chainName={chainName} />
            </li>
          ))}
        </ol>
      )}
      {readOnly ? null : (
        <button type="button" className="button button--primary" onClick={add} data-testid="toc-add">
          {t('maps.toc.add')}
        </button>
      )}
      <BoardPicture
        ns="toc"
        title={title || t('maps.toc.title')}
        size={layout.size}
        testId="toc-picture"
        drawing={(ref) => <FlowDrawing svgRef={ref} board={board} layout={layout} title={title} rtl={i18n.dir() === 'rtl'} />}
        list={<FlowList board={board} />}
      />
      {removing ? (
        <ConfirmDialog
          title={t('maps.toc.removeTitle')}
          body={t('maps.toc.removeBody', { name: chainName(removing) })}
          confirmLabel={t('maps.toc.remove')}
          cancelLabel={t('maps.toc.cancel')}
          onCancel={() => setRemoving(null)}
          onConfirm={async () => {
            removeChain(content, removing.id);
            setRemoving(null);
            announce(t('maps.toc.removed'));
          }}
        />
      ) : null}
    </div>
  );
}

function ChainLinks({
  board,
  chain,
  position,
  readOnly,
  content,
  chainName,
}: {
  board: TheoryOfChange;
  chain: TocChain;
  position: number;
  readOnly: boolean;
  content: Y.Map<unknown>;
  chainName: (chain: TocChain) => string;
}) {
  const { t } = useTranslation();
  const selectId = useId();
  const [target, setTarget] = useState('');
  // The message's key, not its text: it follows a change of language.
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; key: string } | null>(null);
  const targets = board.links.filter((link) => link.from === chain.id).map((link) => board.chains.find((item) => item.id === link.to)!);
  const sources = board.links.filter((link) => link.to === chain.id).map((link) => board.chains.find((item) => item.id === link.from)!);
  const others = board.chains.filter((item) => item.id !== chain.id && !targets.includes(item));

  const link = () => {
    if (!target) return setMessage({ kind: 'error', key: 'maps.toc.link.choose' });
    const result = linkChains(content, chain.id, target);
    if (result.ok) {
      setTarget('');
      setMessage({ kind: 'done', key: 'maps.toc.link.done' });
    } else setMessage({ kind: 'error', key: `maps.toc.link.${result.reason}` });
  };

  return (
    <div className="toc-links">
      {sources.length > 0 ? (
        <p className="toc-links__from">
          {t('maps.toc.link.from')}{' '}
          {sources.map((source, index) => (
            <span key={source.id}>
              {index > 0 ? ', ' : null}
              <bdi>{chainName(source)}</bdi>
            </span>
          ))}
        </p>
      ) : null}
      {targets.length > 0 ? (
        <div className="toc-links__to">
          <span>{t('maps.toc.link.leadsTo')}</span>
          <ul className="inline-list">
            {targets.map((item) => (
              <li key={item.id} className="toc-link">
                <bdi>{chainName(item)}</bdi>
                {readOnly ? null : (
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={t('maps.toc.link.removeOf', { from: position, to: chainName(item) })}
                    onClick={() => {
                      unlinkChains(content, chain.id, item.id);
                      setMessage({ kind: 'done', key: 'maps.toc.link.removed' });
                    }}
                  >
                    <span aria-hidden="true">✕</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {readOnly || others.length === 0 ? null : (
        <div className="toc-links__picker">
          <label htmlFor={selectId}>{t('maps.toc.link.label', { position })}</label>
          <select id={selectId} className="input input--compact" value={target} onChange={(event) => setTarget(event.target.value)} data-testid="toc-link-select">
            <option value="">{t('maps.toc.link.none')}</option>
            {others.map((item) => (
              <option key={item.id} value={item.id}>
                {chainName(item)}
              </option>
            ))}
          </select>
          <button type="button" className="button" onClick={link}>
            {t('maps.toc.link.add')}
          </button>
        </div>
      )}
      <p className={message?.kind === 'error' ? 'field__error' : 'visually-hidden'} role={message?.kind === 'error' ? 'alert' : 'status'} data-testid="toc-link-message">
        {message ? t(message.key) : ''}
      </p>
    </div>
  );
}

/** The bigger picture as nested lists: from the chains nothing leads to, what each one leads to. */
function FlowList({ board }: { board: TheoryOfChange }) {
  const { t } = useTranslation();
  if (board.chains.length === 0) return <p className="empty">{t('maps.toc.empty')}</p>;
  const byId = new Map(board.chains.map((chain, index) => [chain.id, { chain, position: index + 1 }]));
  const starts = board.chains.filter((chain) => !board.links.some((link) => link.to === chain.id));
  const item = (chain: TocChain, depth: number) => {
    const { position } = byId.get(chain.id)!;
    const next = board.links.filter((link) => link.from === chain.id).map((link) => byId.get(link.to)!.chain);
    return (
      <li key={chain.id}>
        <strong>{t('maps.toc.chain', { position })}</strong>
        <dl className="toc-list__terms">
          {TOC_FIELDS.map((field) => (
            <div key={field}>
              <dt>{t(`maps.toc.${field}.label`)}</dt>
              <dd>
                <bdi>{chain[field] || t('maps.toc.blank')}</bdi>
              </dd>
            </div>
          ))}
        </dl>
        {next.length > 0 && depth < 12 ? (
          <>
            <span className="toc-list__leads">{t('maps.toc.link.leadsTo')}</span>
            <ul>{next.map((child) => item(child, depth + 1))}</ul>
          </>
        ) : null}
      </li>
    );
  };
  return (
    <div className="board-outline" data-testid="toc-list">
      <ul>{starts.map((chain) => item(chain, 0))}</ul>
    </div>
  );
}

// --- Drawing -------------------------------------------------------------------------------

const BOX_W = 280;
const BOX_H = 140;
const COL_GAP = 64;
const ROW_GAP = 20;
const MARGIN = 24;
const TOP = 56;

interface FlowLayout {
  size: { width: number; height: number };
  boxes: Map<string, { x: number; y: number; position: number }>;
}

/** Chains in columns by how far along the links they are; a link always points to a later column. */
function layoutFlow(board: TheoryOfChange): FlowLayout {
  const layers = chainLayers(board);
  const rows = new Map<number, number>();
  const boxes = new Map<string, { x: number; y: number; position: number }>();
  board.chains.forEach((chain, index) => {
    const layer = layers.get(chain.id) ?? 0;
    const row = rows.get(layer) ?? 0;
    rows.set(layer, row + 1);
    boxes.set(chain.id, { x: MARGIN + layer * (BOX_W + COL_GAP), y: TOP + row * (BOX_H + ROW_GAP), position: index + 1 });
  });
  const columns = Math.max(1, ...[...rows.keys()].map((layer) => layer + 1));
  const maxRows = Math.max(1, ...rows.values());
  return {
    size: { width: Math.max(520, MARGIN * 2 + columns * BOX_W + (columns - 1) * COL_GAP), height: TOP + maxRows * (BOX_H + ROW_GAP) + MARGIN },
    boxes,
  };
}

function FlowDrawing({ svgRef, board, layout, title, rtl }: { svgRef: RefObject<SVGSVGElement | null>; board: TheoryOfChange; layout: FlowLayout; title: string; rtl: boolean }) {
  const { t } = useTranslation();
  const titleId = useId();
  const markerId = useId().replace(/:/g, '');
  const { width, height } = layout.size;
  // Left-to-right, mirrored for right-to-left languages.
  const x = (value: number) => (rtl ? width - value : value);
  const heading = title || t('maps.toc.title');
  return (
    <svg
      ref={svgRef}
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      aria-labelledby={titleId}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      className="board-drawing-svg"
      fontFamily={FONT}
      direction={rtl ? 'rtl' : 'ltr'}
      data-testid="toc-svg"
    >
      <title id={titleId}>{t('maps.toc.drawingTitle', { title: heading, chains: board.chains.length, links: board.links.length })}</title>
      <defs>
        <marker id={markerId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
          <path d="M0 0L10 5L0 10Z" fill={INK.accent} />
        </marker>
      </defs>
      <rect width={width} height={height} fill={INK.background} />
      <text x={x(MARGIN)} y={32} fontSize={17} fontWeight={700} fill={INK.text} textAnchor="start">
        {wrapText(heading, 80, 1)[0]}
      </text>
      {board.chains.length === 0 ? (
        <text x={width / 2} y={TOP + 30} textAnchor="middle" fontSize={14} fill={INK.muted}>
          {t('maps.toc.export.empty')}
        </text>
      ) : null}
      {board.links.map((link) => {
        const from = layout.boxes.get(link.from)!;
        const to = layout.boxes.get(link.to)!;
        const x1 = from.x + BOX_W;
        const y1 = from.y + BOX_H / 2;
        const x2 = to.x - 2;
        const y2 = to.y + BOX_H / 2;
        const bend = Math.max(30, (x2 - x1) / 2);
        return (
          <path
            key={`${link.from}>${link.to}`}
            d={`M${x(x1)} ${y1}C${x(x1 + bend)} ${y1} ${x(x2 - bend)} ${y2} ${x(x2)} ${y2}`}
            fill="none"
            stroke={INK.accent}
            strokeWidth={2}
            markerEnd={`url(#${markerId})`}
          />
        );
      })}
      {board.chains.map((chain) => {
        const box = layout.boxes.get(chain.id)!;
        const left = rtl ? width - box.x - BOX_W : box.x;
        const textX = x(box.x + 12);
        // With the drawing's direction set, 'start' is the right edge in Arabic.
        const anchor = 'start';
        const fields: Array<[string, string]> = [
          [t('maps.toc.if.label'), chain.if],
          [t('maps.toc.then.label'), chain.then],
          [t('maps.toc.because.label'), chain.because],
        ];
        return (
          <g key={chain.id}>
            <rect x={left} y={box.y} width={BOX_W} height={BOX_H} rx={8} fill={INK.accentSoft} stroke={INK.accent} strokeWidth={1.5} />
            <text x={textX} y={box.y + 20} fontSize={12} fontWeight={700} fill={INK.accent} textAnchor={anchor}>
              {t('maps.toc.chain', { position: box.position })}
            </text>
            {fields.map(([label, text], index) => {
              // The label on the first line, the text over two lines.
              const lines = wrapText(`${label} ${text || t('maps.toc.blank')}`, 40, 2);
              return (
                <text key={index} x={textX} y={box.y + 42 + index * 34} fontSize={12} fill={INK.text} textAnchor={anchor}>
                  {lines.map((content, lineIndex) => (
                    <tspan key={lineIndex} x={textX} dy={lineIndex === 0 ? 0 : 15}>
                      {lineIndex === 0 && content.startsWith(label) ? (
                        <>
                          <tspan fontWeight={700}>{label}</tspan>
                          {content.slice(label.length)}
                        </>
                      ) : (
                        content
                      )}
                    </tspan>
                  ))}
                </text>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}

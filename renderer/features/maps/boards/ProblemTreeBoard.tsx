import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { addNode, flattenTree, readProblemTree, removeNode, setCoreProblem, updateNode, type ProblemTree, type TreeNode, type TreeSide } from '../../../../shared/sync/boards/problem-tree';
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

/** Problem tree: the core problem, its root causes below and its consequences above. */
export function ProblemTreeBoard({ page, mapId, content }: BoardProps) {
  const { t, i18n } = useTranslation();
  const tree = useBoard(content, readProblemTree);
  const title = useBoardTitle(page.doc, mapId);
  const [removing, setRemoving] = useState<TreeNode | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const readOnly = page.readOnly;
  const layout = layoutTree(tree);

  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    const input = rootRef.current?.querySelector<HTMLInputElement>(`[data-node-id="${id}"] > .tree-node__body input`);
    if (input) {
      pendingFocus.current = null;
      input.focus();
    }
  }, [tree]);

  const add = (side: TreeSide, parentId: string | null) => {
    const id = addNode(content, { side, parentId, text: '' });
    if (id) {
      pendingFocus.current = id;
      setMessage(null);
    } else setMessage(t('maps.problemTree.parentGone'));
  };

  return (
    <div className="board board--problem-tree" ref={rootRef} data-testid="problem-tree-board">
      <BoardGuidance summary={t('maps.problemTree.guidance.summary')}>
        <p>{t('maps.problemTree.guidance.what')}</p>
        <ul>
          <li>{t('maps.problemTree.guidance.core')}</li>
          <li>{t('maps.problemTree.guidance.causes')}</li>
          <li>{t('maps.problemTree.guidance.effects')}</li>
          <li>{t('maps.problemTree.guidance.focus')}</li>
        </ul>
        <p className="board-guidance__source">{t('maps.problemTree.guidance.source')}</p>
      </BoardGuidance>
      {message ? (
        <p className="notice notice--error" role="alert">
          {message}
        </p>
      ) : null}
      <TreeSection side="effect" nodes={tree.effects} readOnly={readOnly} content={content} onAdd={add} onRemove={setRemoving} />
      <section className="tree-core" aria-labelledby={`${mapId}-core-label`}>
        <h2 className="tree-section__heading">
          <label id={`${mapId}-core-label`} htmlFor={`${mapId}-core`}>
            {t('maps.problemTree.core')}
          </label>
        </h2>
        <InlineText
          id={`${mapId}-core`}
          value={tree.core}
          label={t('maps.problemTree.core')}
          placeholder={t('maps.problemTree.corePlaceholder')}
          readOnly={readOnly}
          onCommit={(text) => setCoreProblem(content, text)}
          testId="tree-core"
        />
      </section>
      <TreeSection side="cause" nodes={tree.causes} readOnly={readOnly} content={content} onAdd={add} onRemove={setRemoving} />
      <BoardPicture
        ns="problemTree"
        title={title || t('maps.problemTree.title')}
        size={layout.size}
        testId="problem-tree-picture"
        drawing={(ref) => <ProblemTreeDrawing svgRef={ref} tree={tree} layout={layout} title={title} rtl={i18n.dir() === 'rtl'} />}
        list={<ProblemTreeList tree={tree} />}
      />
      {removing ? (
        <RemoveNodeDialog
          node={removing}
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            removeNode(content, removing.id);
            setRemoving(null);
          }}
        />
      ) : null}
    </div>
  );
}

function RemoveNodeDialog({ node, onCancel, onConfirm }: { node: TreeNode; onCancel: () => void; onConfirm: () => void }) {
  const { t } = useTranslation();
  const below = flattenTree(node.children).length;
  const name = node.text || t('maps.problemTree.untitled');
  return (
    <ConfirmDialog
      title={t(`maps.problemTree.${node.side}.removeTitle`)}
      body={below > 0 ? t(`maps.problemTree.${node.side}.removeWithChildren`, { text: name, count: below }) : t(`maps.problemTree.${node.side}.removeBody`, { text: name })}
      confirmLabel={t('maps.problemTree.remove')}
      cancelLabel={t('maps.problemTree.cancel')}
      onCancel={onCancel}
      onConfirm={async () => onConfirm()}
    />
  );
}

function TreeSection({
  side,
  nodes,
  readOnly,
  content,
  onAdd,
  onRemove,
}: {
  side: TreeSide;
  nodes: TreeNode[];
  readOnly: boolean;
  content: Y.Map<unknown>;
  onAdd: (side: TreeSide, parentId: string | null) => void;
  onRemove: (node: TreeNode) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className={`tree-section tree-section--${side}`} aria-labelledby={headingId} data-testid={`tree-section-${side}`}>
      <h2 id={headingId} className="tree-section__heading">
        {t(`maps.problemTree.${side}.heading`)}
      </h2>
      <p className="tree-section__hint">{t(`maps.problemTree.${side}.hint`)}</p>
      {nodes.length === 0 ? <p className="empty">{t(`maps.problemTree.${side}.empty`)}</p> : <NodeList nodes={nodes} prefix="" readOnly={readOnly} content={content} onAdd={onAdd} onRemove={onRemove} />}
      {readOnly ? null : (
        <button type="button" className="button" onClick={() => onAdd(side, null)}>
          {t(`maps.problemTree.${side}.add`)}
        </button>
      )}
    </section>
  );
}

function NodeList({
  nodes,
  prefix,
  readOnly,
  content,
  onAdd,
  onRemove,
}: {
  nodes: TreeNode[];
  prefix: string;
  readOnly: boolean;
  content: Y.Map<unknown>;
  onAdd: (side: TreeSide, parentId: string | null) => void;
  onRemove: (node: TreeNode) => void;
}) {
  const { t } = useTranslation();
  return (
    <ul className="tree-nodes">
      {nodes.map((node, index) => {
        const number = prefix ? `${prefix}.${index + 1}` : `${index + 1}`;
        const name = node.text || t('maps.problemTree.untitled');
        return (
          <li key={node.id} className="tree-node" data-node-id={node.id} data-testid="tree-node">
            <div className="tree-node__body">
              <span className="tree-node__number" aria-hidden="true">
                {number}
              </span>
              <InlineText
                value={node.text}
                label={t(`maps.problemTree.${node.side}.itemLabel`, { number })}
                placeholder={t(`maps.problemTree.${node.side}.placeholder`)}
                readOnly={readOnly}
                onCommit={(text) => updateNode(content, node.id, text)}
              />
              {readOnly ? null : (
                <div className="board-actions">
                  <button type="button" className="button button--quiet" aria-label={t(`maps.problemTree.${node.side}.addChildOf`, { text: name })} onClick={() => onAdd(node.side, node.id)}>
                    <span aria-hidden="true">+</span> {t(`maps.problemTree.${node.side}.addChild`)}
                  </button>
                  <button type="button" className="button button--danger-quiet" aria-label={t('maps.problemTree.removeOf', { text: name })} onClick={() => onRemove(node)}>
                    {t('maps.problemTree.remove')}
                  </button>
                </div>
              )}
            </div>
            {node.children.length > 0 ? <NodeList nodes={node.children} prefix={number} readOnly={readOnly} content={content} onAdd={onAdd} onRemove={onRemove} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** The tree read as nested lists: consequences, the core problem, root causes. */
function ProblemTreeList({ tree }: { tree: ProblemTree }) {
  const { t } = useTranslation();
  const list = (nodes: TreeNode[]) => (
    <ul>
      {nodes.map((node) => (
        <li key={node.id}>
          <bdi>{node.text || t('maps.problemTree.untitled')}</bdi>
          {node.children.length > 0 ? list(node.children) : null}
        </li>
      ))}
    </ul>
  );
  return (
    <div className="board-outline" data-testid="problem-tree-list">
      <h3>{t('maps.problemTree.effect.heading')}</h3>
      {tree.effects.length > 0 ? list(tree.effects) : <p className="empty">{t('maps.problemTree.effect.empty')}</p>}
      <h3>{t('maps.problemTree.core')}</h3>
      <p>
        <bdi>{tree.core || t('maps.problemTree.untitled')}</bdi>
      </p>
      <h3>{t('maps.problemTree.cause.heading')}</h3>
      {tree.causes.length > 0 ? list(tree.causes) : <p className="empty">{t('maps.problemTree.cause.empty')}</p>}
    </div>
  );
}

// --- Drawing -------------------------------------------------------------------------------

const BOX_W = 170;
const BOX_H = 58;
const H_GAP = 14;
const V_GAP = 34;
const MARGIN = 24;
const TOP = 40;
const CORE_H = 64;

interface Placed {
  node: TreeNode;
  x: number;
  y: number;
  parentX: number | null;
  parentY: number | null;
}

interface TreeLayout {
  size: { width: number; height: number };
  placed: Placed[];
  core: { x: number; y: number; width: number };
}

const leaves = (nodes: readonly TreeNode[]): number => nodes.reduce((sum, node) => sum + Math.max(1, leaves(node.children)), 0);
const depthOf = (nodes: readonly TreeNode[]): number => (nodes.length === 0 ? 0 : 1 + Math.max(...nodes.map((node) => depthOf(node.children))));

/** Leaves side by side, parents centred over their children; effects grow up, causes grow down. */
function layoutTree(tree: ProblemTree): TreeLayout {
  const slots = Math.max(leaves(tree.effects), leaves(tree.causes), 3);
  const width = MARGIN * 2 + slots * (BOX_W + H_GAP) - H_GAP;
  const up = depthOf(tree.effects);
  const down = depthOf(tree.causes);
  const coreY = TOP + up * (BOX_H + V_GAP);
  const coreWidth = Math.min(width - MARGIN * 2, 420);
  const core = { x: width / 2, y: coreY + CORE_H / 2, width: coreWidth };
  const placed: Placed[] = [];
  const place = (nodes: readonly TreeNode[], depth: number, direction: -1 | 1, firstSlot: number, parent: { x: number; y: number }): void => {
    let slot = firstSlot;
    for (const node of nodes) {
      const span = Math.max(1, leaves(node.children));
      const x = MARGIN + (slot + span / 2) * (BOX_W + H_GAP) - H_GAP / 2;
      const y = direction < 0 ? coreY - depth * (BOX_H + V_GAP) + BOX_H / 2 : coreY + CORE_H + V_GAP + (depth - 1) * (BOX_H + V_GAP) + BOX_H / 2;
      placed.push({ node, x, y, parentX: parent.x, parentY: parent.y });
      place(node.children, depth + 1, direction, slot, { x, y });
      slot += span;
    }
  };
  place(tree.effects, 1, -1, (slots - leaves(tree.effects)) / 2, core);
  place(tree.causes, 1, 1, (slots - leaves(tree.causes)) / 2, core);
  const height = coreY + CORE_H + down * (BOX_H + V_GAP) + MARGIN;
  return { size: { width, height }, placed, core };
}

function ProblemTreeDrawing({ svgRef, tree, layout, title, rtl }: { svgRef: RefObject<SVGSVGElement | null>; tree: ProblemTree; layout: TreeLayout; title: string; rtl: boolean }) {
  const { t } = useTranslation();
  const titleId = useId();
  const { width, height } = layout.size;
  const x = (value: number) => (rtl ? width - value : value);
  const box = (text: string, cx: number, cy: number, w: number, h: number, fill: string, stroke: string, size: number, chars: number, lines: number, key: string, bold = false) => {
    const wrapped = wrapText(text, chars, lines);
    const lineHeight = size + 3;
    const first = cy - ((wrapped.length - 1) * lineHeight) / 2 + size / 3;
    return (
      <g key={key}>
        <rect x={cx - w / 2} y={cy - h / 2} width={w} height={h} rx={8} fill={fill} stroke={stroke} strokeWidth={1.5} />
        {wrapped.map((line, index) => (
          <text key={index} x={cx} y={first + index * lineHeight} textAnchor="middle" fontSize={size} fontWeight={bold ? 700 : 400} fill={INK.text}>
            {line}
          </text>
        ))}
      </g>
    );
  };
  const untitled = t('maps.problemTree.untitled');
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
      data-testid="problem-tree-svg"
    >
      <title id={titleId}>
        {t('maps.problemTree.drawingTitle', { title: title || t('maps.problemTree.title'), core: tree.core || untitled, causes: flattenTree(tree.causes).length, effects: flattenTree(tree.effects).length })}
      </title>
      <rect width={width} height={height} fill={INK.background} />
      {tree.effects.length > 0 ? (
        <text x={x(MARGIN)} y={22} fontSize={13} fontWeight={700} fill={INK.good} textAnchor="start">
          ↑ {t('maps.problemTree.effect.heading')}
        </text>
      ) : null}
      {tree.causes.length > 0 ? (
        <text x={x(MARGIN)} y={height - 8} fontSize={13} fontWeight={700} fill={INK.earth} textAnchor="start">
          ↓ {t('maps.problemTree.cause.heading')}
        </text>
      ) : null}
      {layout.placed.map(({ node, x: cx, y: cy, parentX, parentY }) =>
        parentX === null || parentY === null ? null : (
          <line
            key={`line-${node.id}`}
            x1={x(cx)}
            y1={node.side === 'effect' ? cy + BOX_H / 2 : cy - BOX_H / 2}
            x2={x(parentX)}
            y2={parentY + (node.side === 'effect' ? -1 : 1) * (parentY === layout.core.y ? CORE_H / 2 : BOX_H / 2)}
            stroke={INK.line}
            strokeWidth={2}
          />
        ),
      )}
      {box(tree.core || untitled, x(layout.core.x), layout.core.y, layout.core.width, CORE_H, INK.badSoft, INK.bad, 15, Math.floor(layout.core.width / 8.5), 3, 'core', true)}
      {layout.placed.map(({ node, x: cx, y: cy }) =>
        box(node.text || untitled, x(cx), cy, BOX_W, BOX_H, node.side === 'effect' ? INK.goodSoft : INK.earthSoft, node.side === 'effect' ? INK.good : INK.earth, 13, 22, 3, node.id),
      )}
    </svg>
  );
}

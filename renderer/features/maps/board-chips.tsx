/**
 * What the power map and the spectrum share: the actor chips (drawn, dragged and named alike),
 * the drawing's font, and the tray of actors not yet placed, with dragging out of it.
 */
import { memo, useRef, useState, type PointerEvent as ReactPointerEvent, type ReactNode, type RefObject } from 'react';
import { textDirection } from '../../../shared/export/export-document';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor } from '../../../shared/sync/actors-doc';
import type { WorkspacePageProps } from '../workspace/workspace-page';

/** What MapScreen gives the power map and the spectrum. */
export interface BoardProps {
  page: WorkspacePageProps;
  mapId: string;
  content: Y.Map<unknown>;
  title: string;
  actors: Actor[];
  /** Changes whenever anything on the board changes. */
  version: number;
}

/** The drawing's fonts (named in the SVG itself, so an exported image uses them too). */
export const SVG_FONT = "system-ui, 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', 'DejaVu Sans', sans-serif";

/**
 * A chip's text: at most `max` characters (whole graphemes). The chip's text is hidden from screen readers: its label says it all (the
 * whole name, where it stands), so a cut name never reads as a different name.
 */

/** A cut name ends on a whole word where it can ("Jisr Community…"), so what is shown reads as words of the name. */
function cutAtWord(text: string): string {
  const space = text.lastIndexOf(' ');
  return space > text.length / 3 ? text.slice(0, space) : text;
}

export function ChipText({ name, max }: { name: string; max: number }) {
  const segments = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(name), (part) => part.segment);
  const cut = segments.length > max;
  return (
    <>
      {cut ? `${cutAtWord(segments.slice(0, max - 1).join(''))}…` : name}
    </>
  );
}

/** Where a tray chip was let go (viewport coordinates); null for a click or a key press. */
export interface TrayDrop {
  clientX: number;
  clientY: number;
}

/**
 * Tray chips are buttons: a click (or Enter) places the actor where the board chooses; a drag
 * shows a ghost under the pointer and places it where it is dropped (the board decides: a drop
 * beside the board leaves the actor in the tray).
 */
export function useTrayDrag(readOnly: boolean, onDrop: (actor: Actor, drop: TrayDrop | null) => void) {
  const state = useRef<{ actor: Actor; x: number; y: number; dragging: boolean } | null>(null);
  const suppressClick = useRef(false);
  const ghostRef = useRef<HTMLDivElement>(null);
  const [ghost, setGhost] = useState<{ name: string; x: number; y: number } | null>(null);

  const bind = (actor: Actor) => ({
    onPointerDown: (event: ReactPointerEvent<HTMLButtonElement>) => {
      suppressClick.current = false;
      if (readOnly || event.button !== 0) return;
      state.current = { actor, x: event.clientX, y: event.clientY, dragging: false };
      event.currentTarget.setPointerCapture(event.pointerId);
    },
    onPointerMove: (event: ReactPointerEvent<HTMLButtonElement>) => {
      const current = state.current;
      if (!current) return;
      if (!current.dragging) {
        if (Math.hypot(event.clientX - current.x, event.clientY - current.y) < 6) return;
        current.dragging = true;
        setGhost({ name: actor.name, x: event.clientX, y: event.clientY });
      }
      if (ghostRef.current) ghostRef.current.style.transform = `translate(${event.clientX}px, ${event.clientY}px)`;
    },
    onPointerUp: (event: ReactPointerEvent<HTMLButtonElement>) => {
      const current = state.current;
      state.current = null;
      if (!current?.dragging) return;
      suppressClick.current = true;
      setGhost(null);
      onDrop(current.actor, { clientX: event.clientX, clientY: event.clientY });
    },
    onPointerCancel: () => {
      state.current = null;
      setGhost(null);
    },
    onClick: () => {
      if (suppressClick.current) {
        suppressClick.current = false;
        return;
      }
      if (!readOnly) onDrop(actor, null);
    },
  });

  const ghostNode: ReactNode = ghost ? (
    <div ref={ghostRef} className="board-ghost" aria-hidden="true" style={{ transform: `translate(${ghost.x}px, ${ghost.y}px)` }}>
      <span dir="auto">{ghost.name}</span>
    </div>
  ) : null;

  return { bind, ghost: ghostNode };
}

/** Your own organisation's colour: its chip's outline, star and legend. */
export const OWN_COLOUR = '#6b3fa0';
/** A chip's height in drawing units (its width is the board's). */
export const CHIP_HEIGHT = 30;

/** The chip an event happened in, if any. */
export function chipOf(target: EventTarget | null): SVGGElement | null {
  return target instanceof Element ? target.closest<SVGGElement>('g[data-actor-id]') : null;
}

/** An actor on a board: a box with its (cut) name, your organisation outlined twice with a star; a button, or an image for observers. */
export const BoardChip = memo(function BoardChip({
  id,
  name,
  own,
  x,
  y,
  width,
  maxChars,
  label,
  describedBy,
  readOnly,
  rtl,
}: {
  id: string;
  name: string;
  own: boolean;
  x: number;
  y: number;
  width: number;
  /** The most characters shown (fewer beside the star). */
  maxChars: number;
  label: string;
  describedBy: string;
  readOnly: boolean;
  rtl: boolean;
}) {
  const height = CHIP_HEIGHT;
  return (
    <g
      className={readOnly ? 'board-chip board-chip--readonly' : 'board-chip'}
      data-actor-id={id}
      transform={`translate(${x} ${y})`}
      tabIndex={0}
      role={readOnly ? 'img' : 'button'}
      aria-label={label}
      aria-describedby={describedBy}
    >
      {own ? <rect x={-width / 2 - 4} y={-height / 2 - 4} width={width + 8} height={height + 8} rx="10" fill="none" stroke={OWN_COLOUR} strokeWidth="2" /> : null}
      <rect className="board-chip__box" x={-width / 2} y={-height / 2} width={width} height={height} rx="7" fill="#ffffff" stroke={own ? OWN_COLOUR : '#4a5563'} strokeWidth={own ? 2.5 : 1.5} />
      {own ? <StarMark x={rtl ? width / 2 - 13 : -width / 2 + 13} y={0} fill={OWN_COLOUR} /> : null}
      <text x={own ? (rtl ? -8 : 8) : 0} y="5" textAnchor="middle" fontSize="14" fill="#1d232a" direction={textDirection(name, 'ltr')} aria-hidden="true">
        <ChipText name={name} max={own ? maxChars - 2 : maxChars} />
      </text>
    </g>
  );
});

/** A chip being dragged on a board, in the drawing's coordinates. */
export interface ChipDrag {
  id: string;
  el: SVGGElement;
  /** Screen → drawing. */
  inverse: DOMMatrix;
  /** Where in the chip it was grabbed. */
  dx: number;
  dy: number;
  origin: { x: number; y: number };
  at: { x: number; y: number };
  moved: boolean;
}

const moveChip = (drag: ChipDrag, at: { x: number; y: number }) => drag.el.setAttribute('transform', `translate(${at.x} ${at.y})`);

/**
 * Dragging chips on a board: the chip follows the pointer on screen (no re-render, nothing
 * written) and the board decides on drop; a move under 2 units is a click. Cancelling puts it back.
 */
export function useChipDrag({
  readOnly,
  svgRef,
  originOf,
  onStart,
  show = moveChip,
  onDrop,
}: {
  readOnly: boolean;
  svgRef: RefObject<SVGSVGElement | null>;
  /** Where the chip of this actor is drawn now; undefined when it cannot be dragged. */
  originOf: (id: string) => { x: number; y: number } | undefined;
  /** Called as a drag starts (e.g. to find what moves with the chip). */
  onStart?: (drag: ChipDrag, svg: SVGSVGElement) => void;
  /** Shows the dragged chip at a point (by default: moves the chip). */
  show?: (drag: ChipDrag, at: { x: number; y: number }) => void;
  /** The chip was moved and let go; `pointer` is where, in the drawing's coordinates. */
  onDrop: (drag: ChipDrag, pointer: { x: number; y: number }) => void;
}) {
  const drag = useRef<ChipDrag | null>(null);
  return {
    onPointerDown: (event: ReactPointerEvent<SVGGElement>) => {
      if (readOnly || event.button !== 0) return;
      const el = chipOf(event.target);
      const svg = svgRef.current;
      const matrix = svg?.getScreenCTM();
      const id = el?.dataset.actorId;
      const origin = id ? originOf(id) : undefined;
      if (!el || !svg || !matrix || !id || !origin) return;
      event.preventDefault();
      el.focus();
      el.setPointerCapture(event.pointerId);
      const inverse = matrix.inverse();
      const start = new DOMPoint(event.clientX, event.clientY).matrixTransform(inverse);
      drag.current = { id, el, inverse, dx: start.x - origin.x, dy: start.y - origin.y, origin, at: origin, moved: false };
      onStart?.(drag.current, svg);
    },
    onPointerMove: (event: ReactPointerEvent<SVGGElement>) => {
      const state = drag.current;
      if (!state) return;
      const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(state.inverse);
      const at = { x: point.x - state.dx, y: point.y - state.dy };
      if (!state.moved && Math.hypot(at.x - state.origin.x, at.y - state.origin.y) < 2) return;
      state.moved = true;
      state.at = at;
      show(state, at);
    },
    onPointerUp: (event: ReactPointerEvent<SVGGElement>) => {
      const state = drag.current;
      drag.current = null;
      if (!state) return;
      if (state.el.hasPointerCapture(event.pointerId)) state.el.releasePointerCapture(event.pointerId);
      if (!state.moved) return;
      onDrop(state, new DOMPoint(event.clientX, event.clientY).matrixTransform(state.inverse));
    },
    onPointerCancel: () => {
      const state = drag.current;
      drag.current = null;
      if (state) show(state, state.origin);
    },
  };
}

/** A five-pointed star centred on (x, y): marks your own organisation (drawn, so it needs no font). */
export function StarMark({ x, y, r = 7, fill }: { x: number; y: number; r?: number; fill: string }) {
  const points: string[] = [];
  for (let index = 0; index < 10; index++) {
    const radius = index % 2 === 0 ? r : r * 0.45;
    const angle = -Math.PI / 2 + (index * Math.PI) / 5;
    points.push(`${(x + radius * Math.cos(angle)).toFixed(2)},${(y + radius * Math.sin(angle)).toFixed(2)}`);
  }
  return <polygon points={points.join(' ')} fill={fill} />;
}

/** The actors not yet on the board, as chips to click or drag onto it (hidden from observers by the boards). */
export function UnplacedTray({
  id,
  workspaceId,
  hasActors,
  unplaced,
  nameOf,
  bind,
}: {
  id: string;
  workspaceId: string;
  hasActors: boolean;
  unplaced: readonly Actor[];
  nameOf: (actor: Actor) => string;
  bind: ReturnType<typeof useTrayDrag>['bind'];
}) {
  const { t } = useTranslation();
  return (
    <section className="board-tray" aria-labelledby={id} tabIndex={-1}>
      <h2 id={id}>{t('maps.common.unplaced')}</h2>
      {!hasActors ? (
        <p>
          {t('maps.common.noActors')} <a href={`#/w/${workspaceId}/actors`}>{t('maps.common.actorsLink')}</a>
        </p>
      ) : unplaced.length === 0 ? (
        <p className="board-tray__empty">{t('maps.common.unplacedEmpty')}</p>
      ) : (
        <>
          <p className="field__hint">{t('maps.common.unplacedHint')}</p>
          <ul className="board-tray__list" data-testid="unplaced-actors">
            {unplaced.map((actor) => (
              <li key={actor.id}>
                <button type="button" className="board-tray__chip" data-tray-actor={actor.id} aria-label={t('maps.common.placeLabel', { name: nameOf(actor) })} {...bind(actor)}>
                  {actor.isOwnOrganisation ? <span aria-hidden="true">★ </span> : null}
                  <span dir="auto">{actor.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** What the power map and the spectrum share: chip text, the drawing's font, and the tray of actors not yet placed, with dragging out of it. */
import { useRef, useState, type PointerEvent as ReactPointerEvent, type ReactNode } from 'react';
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

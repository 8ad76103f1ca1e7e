/**
 * The power map (toolkit §3, figures 2 and 3): an SVG grid of influence (vertical) against
 * support (horizontal, mirrored in Arabic), the four quadrants named by their engagement
 * strategy, actors as chips moved by pointer or keyboard, relation lines, a legend, and the
 * same board as a structured list.
 *
 * Dragging moves the chip with an SVG transform (no React render, no Yjs write per frame);
 * the position is written once, on drop. A drop outside the board lands on its nearest edge.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { actorLinks, type Actor } from '../../../shared/sync/actors-doc';
import {
  BIG_STEP,
  QUADRANTS,
  STEP,
  clampPosition,
  levelOf,
  nudge,
  placeActor,
  quadrantOf,
  readPlacements,
  unplaceActor,
  type Direction,
  type Position,
  type Quadrant,
} from '../../../shared/sync/boards/power-map';
import { BoardExportButtons, ViewToggle } from './board-export';
import { BoardChip, CHIP_HEIGHT, chipOf, OWN_COLOUR, StarMark, SVG_FONT, UnplacedTray, useChipDrag, useTrayDrag, type BoardProps, type ChipDrag, type TrayDrop } from './board-chips';
import { actorLabel } from '../../../shared/sync/boards/board-blocks';

// Geometry of the drawing (viewBox units).
const W = 1000;
const H = 760;
const PL = 90;
const PT = 40;
const PW = W - 2 * PL;
const PH = 600;
/** A chip's width in drawing units. */
const CW = 150;
const CH = CHIP_HEIGHT;

const QUADRANT_FILL: Record<Quadrant, string> = {
  partner: '#e3f4e8',
  'awareness-raising': '#fdf0dc',
  'capacity-development': '#e4edfb',
  monitor: '#eeeff1',
};
const LINE = { cooperating: '#2f7a4a', conflict: '#b42318' } as const;

interface Geometry {
  rtl: boolean;
  x: (support: number) => number;
  y: (influence: number) => number;
  /** Board position of a point of the drawing (not clamped). */
  toPosition: (x: number, y: number) => Position;
}

const round = (value: number) => Math.round(value * 10) / 10;

function geometry(rtl: boolean): Geometry {
  return {
    rtl,
    x: (support) => round(PL + (rtl ? 1 - support : support) * PW),
    y: (influence) => round(PT + (1 - influence) * PH),
    toPosition: (x, y) => {
      const across = (x - PL) / PW;
      return { support: rtl ? 1 - across : across, influence: 1 - (y - PT) / PH };
    },
  };
}

const KEYS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };


export function PowerMapBoard({ page, content, title, actors, version }: BoardProps) {
  const { t, i18n } = useTranslation();
  const rtl = i18n.dir() === 'rtl';
  const geo = useMemo(() => geometry(rtl), [rtl]);
  const readOnly = page.readOnly;
  const [list, setList] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const svgRef = useRef<SVGSVGElement | null>(null);
  const chipsRef = useRef<SVGGElement | null>(null);
  /** The relation lines that move with the chip being dragged. */
  const dragLines = useRef<SVGLineElement[]>([]);

  // eslint-disable-next-line react-hooks/exhaustive-deps
  const placements = useMemo(() => readPlacements(content), [content, version]);
  const byId = useMemo(() => new Map(actors.map((actor) => [actor.id, actor])), [actors]);
  const placed = actors.filter((actor) => placements.has(actor.id));
  const unplaced = actors.filter((actor) => !placements.has(actor.id));
  const links = useMemo(() => actorLinks(placed), [placed]);
  const ownMissing = !actors.some((actor) => actor.isOwnOrganisation && placements.has(actor.id));

  const words = (position: Position) => ({
    influence: t(`maps.powerMap.influenceLevels.${levelOf(position.influence)}`),
    support: t(`maps.powerMap.supportLevels.${levelOf(position.support)}`),
    quadrant: t(`maps.powerMap.quadrants.${quadrantOf(position.influence, position.support)}.name`),
  });
  const nameOf = (actor: Actor) => actorLabel(actor, (key, values) => t(key, values ?? {}));
  const announcePosition = (actor: Actor, position: Position) => setAnnouncement(t('maps.powerMap.announce', { name: nameOf(actor), ...words(position) }));

  const focusChip = (id: string) =>
    requestAnimationFrame(() => svgRef.current?.querySelector<SVGGElement>(`[data-actor-id="${id}"]`)?.focus());
  const focusTray = (id: string) =>
    requestAnimationFrame(() => (document.querySelector<HTMLElement>(`[data-tray-actor="${id}"]`) ?? document.querySelector<HTMLElement>('.board-tray'))?.focus());

  const move = (actor: Actor, position: Position) => {
    placeActor(content, actor.id, position, page.meId ?? '');
    announcePosition(actor, clampPosition(position));
  };

  /** A free spot near the middle, so actors placed one after another do not cover each other. */
  const freeSpot = (): Position => {
    const taken = [...placements.values()];
    const across = CW / PW + 0.01;
    const down = CH / PH + 0.015;
    const candidates: Position[] = [];
    for (let column = -2; column <= 2; column++) {
      for (let row = -6; row <= 6; row++) candidates.push({ support: 0.5 + column * across, influence: 0.5 + row * down });
    }
    candidates.sort((a, b) => Math.hypot((a.support - 0.5) * 2, a.influence - 0.5) - Math.hypot((b.support - 0.5) * 2, b.influence - 0.5));
    const free = candidates.find((candidate) => !taken.some((other) => Math.abs(other.support - candidate.support) < across && Math.abs(other.influence - candidate.influence) < down));
    return clampPosition(free ?? { support: 0.5, influence: 0.5 });
  };

  const placeFromTray = (actor: Actor, drop: TrayDrop | null) => {
    let position = freeSpot();
    if (drop) {
      const svg = svgRef.current;
      const matrix = svg?.getScreenCTM();
      if (!svg || !matrix) return;
      const point = new DOMPoint(drop.clientX, drop.clientY).matrixTransform(matrix.inverse());
      // Dropped beside the drawing: the actor stays in the tray.
      if (point.x < 0 || point.x > W || point.y < 0 || point.y > H) return;
      position = geo.toPosition(point.x, point.y);
    }
    move(actor, position);
    focusChip(actor.id);
  };
  const tray = useTrayDrag(readOnly, placeFromTray);

  // ---------------------------------------------------------------- chip pointer events
  const showAt = (state: ChipDrag, at: { x: number; y: number }) => {
    state.el.setAttribute('transform', `translate(${at.x} ${at.y})`);
    for (const line of dragLines.current) {
      const end = line.dataset.from === state.id ? '1' : '2';
      line.setAttribute(`x${end}`, String(at.x));
      line.setAttribute(`y${end}`, String(at.y));
    }
  };

  const chipDrag = useChipDrag({
    readOnly,
    svgRef,
    originOf: (id) => {
      const position = placements.get(id);
      return position ? { x: geo.x(position.support), y: geo.y(position.influence) } : undefined;
    },
    onStart: (state, svg) => {
      dragLines.current = Array.from(svg.querySelectorAll<SVGLineElement>(`line[data-from="${state.id}"], line[data-to="${state.id}"]`));
    },
    show: showAt,
    onDrop: (state) => {
      const actor = byId.get(state.id);
      if (!actor) return;
      const raw = geo.toPosition(state.at.x, state.at.y);
      const position = clampPosition(raw);
      const outside = raw.influence !== position.influence || raw.support !== position.support;
      // Shown where it lands at once (React would leave the drag's transform if the stored position did not change).
      showAt(state, { x: geo.x(position.support), y: geo.y(position.influence) });
      placeActor(content, actor.id, position, page.meId ?? '');
      if (outside) setAnnouncement(t('maps.powerMap.snappedBack', { name: actor.name }) + ' ' + t('maps.powerMap.announce', { name: nameOf(actor), ...words(position) }));
      else announcePosition(actor, position);
    },
  });

  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (readOnly) return;
    const id = chipOf(event.target)?.dataset.actorId;
    const actor = id ? byId.get(id) : undefined;
    const position = id ? placements.get(id) : undefined;
    if (!actor || !position) return;
    const direction = KEYS[event.key];
    if (direction) {
      event.preventDefault();
      move(actor, nudge(position, direction, event.shiftKey ? BIG_STEP : STEP, rtl));
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      unplaceActor(content, actor.id);
      setAnnouncement(t('maps.common.removed', { name: actor.name }));
      focusTray(actor.id);
    }
  };

  // ---------------------------------------------------------------- drawing
  const quadrantRect = (quadrant: Quadrant) => {
    const high = quadrant === 'partner' || quadrant === 'awareness-raising';
    const supportive = quadrant === 'partner' || quadrant === 'capacity-development';
    const left = supportive !== rtl ? PL + PW / 2 : PL;
    return { x: left, y: high ? PT : PT + PH / 2, width: PW / 2, height: PH / 2 };
  };
  const opposedX = geo.x(0);
  const supportiveX = geo.x(1);
  const axisX = rtl ? W - 40 : 40;
  const instructionsId = `power-map-instructions`;

  const drawing = (
    <svg
      ref={svgRef}
      className="board-svg power-map-svg"
      viewBox={`0 0 ${W} ${H}`}
      role="group"
      aria-label={t('maps.powerMap.boardLabel')}
      aria-describedby={instructionsId}
      fontFamily={SVG_FONT}
      direction={rtl ? 'rtl' : 'ltr'}
      data-testid="power-map-svg"
    >
      <g aria-hidden="true">
        {QUADRANTS.map((quadrant) => {
          const rect = quadrantRect(quadrant);
          return (
            <g key={quadrant}>
              <rect {...rect} fill={QUADRANT_FILL[quadrant]} stroke="#c3c8cf" />
              <text x={rect.x + rect.width / 2} y={rect.y + 30} textAnchor="middle" fontSize="20" fontWeight="700" fill="#3b4450">
                {t(`maps.powerMap.quadrants.${quadrant}.name`)}
              </text>
            </g>
          );
        })}
        <line x1={PL} y1={PT + PH / 2} x2={PL + PW} y2={PT + PH / 2} stroke="#8a939e" strokeWidth="1.5" />
        <line x1={PL + PW / 2} y1={PT} x2={PL + PW / 2} y2={PT + PH} stroke="#8a939e" strokeWidth="1.5" />
        {/* Axes */}
        <text x={opposedX} y={PT + PH + 28} textAnchor="middle" fontSize="15" fill="#3b4450">
          {t('maps.powerMap.supportOpposed')}
        </text>
        <text x={supportiveX} y={PT + PH + 28} textAnchor="middle" fontSize="15" fill="#3b4450">
          {t('maps.powerMap.supportSupportive')}
        </text>
        <text x={W / 2} y={PT + PH + 30} textAnchor="middle" fontSize="16" fontWeight="700" fill="#1d232a">
          {rtl ? `${t('maps.powerMap.support')} ←` : `${t('maps.powerMap.support')} →`}
        </text>
        <text x={axisX} y={PT + 14} textAnchor="middle" fontSize="14" fill="#3b4450">
          ↑
        </text>
        <text transform={`translate(${axisX} ${PT + PH / 2}) rotate(-90)`} textAnchor="middle" fontSize="16" fontWeight="700" fill="#1d232a">
          {t('maps.powerMap.influence')}
        </text>
        <text transform={`translate(${axisX} ${PT + 90}) rotate(-90)`} textAnchor="middle" fontSize="13" fill="#3b4450">
          {t('maps.powerMap.influenceHigh')}
        </text>
        <text transform={`translate(${axisX} ${PT + PH - 90}) rotate(-90)`} textAnchor="middle" fontSize="13" fill="#3b4450">
          {t('maps.powerMap.influenceLow')}
        </text>
        <Legend rtl={rtl} />
      </g>
      <g aria-hidden="true" className="power-map-lines">
        {links.map((link) => {
          const from = placements.get(link.from)!;
          const to = placements.get(link.to)!;
          return (
            <line
              key={`${link.from}-${link.to}`}
              data-from={link.from}
              data-to={link.to}
              x1={geo.x(from.support)}
              y1={geo.y(from.influence)}
              x2={geo.x(to.support)}
              y2={geo.y(to.influence)}
              stroke={LINE[link.kind]}
              strokeWidth="2.5"
              strokeDasharray={link.kind === 'conflict' ? '8 6' : undefined}
            />
          );
        })}
      </g>
      <g ref={chipsRef} {...chipDrag} onKeyDown={onKeyDown}>
        {placed.map((actor) => {
          const position = placements.get(actor.id)!;
          return (
            <BoardChip
              key={actor.id}
              id={actor.id}
              name={actor.name}
              own={actor.isOwnOrganisation}
              x={geo.x(position.support)}
              y={geo.y(position.influence)}
              width={CW}
              maxChars={19}
              label={t('maps.powerMap.chipLabel', { name: nameOf(actor), ...words(position) })}
              describedBy={instructionsId}
              readOnly={readOnly}
              rtl={rtl}
            />
          );
        })}
      </g>
    </svg>
  );

  return (
    <div className="board board--power-map">
      <div className="board__toolbar">
        <ViewToggle list={list} onChange={setList} />
        <BoardExportButtons svgRef={svgRef} title={title} />
      </div>
      <p className="board__announcement visually-hidden" role="status" data-testid="board-announcement">
        {announcement}
      </p>
      <div className="board__layout">
        <div className="board__main">
          <p id={instructionsId} className="board__instructions">
            {readOnly ? t('maps.powerMap.reflect') : t('maps.powerMap.instructions')}
          </p>
          {/* The drawing stays in the page while the list shows, so exports always have it. */}
          <div className="board__drawing" data-board-drawing hidden={list}>
            {drawing}
          </div>
          {list ? <PowerMapList actors={placed} placements={placements} unplaced={unplaced} links={links} byId={byId} nameOf={nameOf} /> : null}
          {ownMissing && actors.length > 0 ? <p className="notice notice--info">{t('maps.powerMap.ownMissing')}</p> : null}
          {readOnly ? null : (
            <UnplacedTray id="power-map-tray" workspaceId={page.workspaceId} hasActors={actors.length > 0} unplaced={unplaced} nameOf={nameOf} bind={tray.bind} />
          )}
          {tray.ghost}
        </div>
        <aside className="board__guidance" aria-labelledby="power-map-guidance">
          <h2 id="power-map-guidance">{t('maps.common.guidance')}</h2>
          <p>{t('maps.powerMap.reflect')}</p>
          {QUADRANTS.map((quadrant) => (
            <section key={quadrant} className={`guidance-quadrant guidance-quadrant--${quadrant}`}>
              <h3>{t(`maps.powerMap.quadrants.${quadrant}.name`)}</h3>
              <p>{t(`maps.powerMap.quadrants.${quadrant}.guidance`)}</p>
            </section>
          ))}
        </aside>
      </div>
    </div>
  );
}

function Legend({ rtl }: { rtl: boolean }) {
  const { t } = useTranslation();
  const y = H - 40;
  // Laid out from the inline start: left to right, or right to left in Arabic.
  const at = (offset: number) => (rtl ? W - PL - offset : PL + offset);
  // The drawing's direction is set on the <svg>: 'start' is the inline start in both.
  const anchor = 'start';
  const dir = rtl ? -1 : 1;
  return (
    <g>
      <text x={at(0)} y={y + 5} fontSize="14" fontWeight="700" fill="#1d232a" textAnchor={anchor}>
        {t('maps.powerMap.legend')}
      </text>
      <line x1={at(90)} y1={y} x2={at(130)} y2={y} stroke={LINE.cooperating} strokeWidth="2.5" />
      <text x={at(90) + dir * 48} y={y + 5} fontSize="13" fill="#1d232a" textAnchor={anchor}>
        {t('maps.powerMap.legendCooperating')}
      </text>
      <line x1={at(330)} y1={y} x2={at(370)} y2={y} stroke={LINE.conflict} strokeWidth="2.5" strokeDasharray="8 6" />
      <text x={at(330) + dir * 48} y={y + 5} fontSize="13" fill="#1d232a" textAnchor={anchor}>
        {t('maps.powerMap.legendConflict')}
      </text>
      <rect x={rtl ? at(560) - 34 : at(560)} y={y - 11} width="34" height="22" rx="6" fill="#ffffff" stroke={OWN_COLOUR} strokeWidth="2.5" />
      <StarMark x={rtl ? at(560) - 17 : at(560) + 17} y={y} fill={OWN_COLOUR} />
      <text x={at(560) + dir * 42} y={y + 5} fontSize="13" fill="#1d232a" textAnchor={anchor}>
        {t('maps.powerMap.legendOwn')}
      </text>
    </g>
  );
}

/** The two names of a relation in alphabetical order (the same sentence on every computer). */
function pairNames(x: string, y: string): { a: string; b: string } {
  return x.localeCompare(y) <= 0 ? { a: x, b: y } : { a: y, b: x };
}

/** The same board in words, per quadrant (what a screen reader reads best). */
function PowerMapList({
  actors,
  placements,
  unplaced,
  links,
  byId,
  nameOf,
}: {
  actors: Actor[];
  placements: Map<string, Position>;
  unplaced: Actor[];
  links: ReturnType<typeof actorLinks>;
  byId: Map<string, Actor>;
  nameOf: (actor: Actor) => string;
}) {
  const { t } = useTranslation();
  return (
    <div className="board-list" data-testid="power-map-list">
      {QUADRANTS.map((quadrant) => {
        const here = actors.filter((actor) => {
          const position = placements.get(actor.id)!;
          return quadrantOf(position.influence, position.support) === quadrant;
        });
        return (
          <section key={quadrant} aria-labelledby={`pm-list-${quadrant}`}>
            <h3 id={`pm-list-${quadrant}`}>{t(`maps.powerMap.quadrants.${quadrant}.name`)}</h3>
            {here.length === 0 ? (
              <p className="empty">{t('maps.list.emptyQuadrant')}</p>
            ) : (
              <ul>
                {here.map((actor) => {
                  const position = placements.get(actor.id)!;
                  return (
                    <li key={actor.id} dir="auto">
                      {t('maps.powerMap.listItem', {
                        name: nameOf(actor),
                        influence: t(`maps.powerMap.influenceLevels.${levelOf(position.influence)}`),
                        support: t(`maps.powerMap.supportLevels.${levelOf(position.support)}`),
                      })}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
      {links.length > 0 ? (
        <section aria-labelledby="pm-list-relations">
          <h3 id="pm-list-relations">{t('maps.powerMap.relations')}</h3>
          <ul>
            {links.map((link) => (
              <li key={`${link.from}-${link.to}`}>{t(`maps.powerMap.relationText.${link.kind}`, pairNames(byId.get(link.from)?.name ?? '', byId.get(link.to)?.name ?? ''))}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {unplaced.length > 0 ? (
        <section aria-labelledby="pm-list-unplaced">
          <h3 id="pm-list-unplaced">{t('maps.common.unplaced')}</h3>
          <ul>
            {unplaced.map((actor) => (
              <li key={actor.id} dir="auto">
                {nameOf(actor)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/**
 * The spectrum of allies (toolkit §3, figure 4): five segments as columns (mirrored in Arabic),
 * actors dragged or moved by keyboard between them, tactics noted per segment, and each
 * actor's history of moves.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor } from '../../../shared/sync/actors-doc';
import { SEGMENTS, moveToSegment, movesOf, neighbourSegment, readHistory, readSegments, readTactics, setTactics, type Segment } from '../../../shared/sync/boards/spectrum';
import { moveText } from '../../../shared/sync/boards/board-blocks';
import { currentLocale } from '../../i18n/i18n';
import { BoardExportButtons, ViewToggle } from './board-export';
import { BoardChip, CHIP_HEIGHT, chipOf, SVG_FONT, UnplacedTray, useChipDrag, useTrayDrag, type BoardProps, type TrayDrop } from './board-chips';
import { actorLabel } from '../../../shared/sync/boards/board-blocks';

const W = 1000;
const COL = W / SEGMENTS.length;
const TOP = 96;
const ROW = 38;
/** A chip's width in drawing units. */
const CW = 176;
const CH = CHIP_HEIGHT;

const SEGMENT_FILL: Record<Segment, string> = {
  'active-allies': '#cde9d5',
  'passive-allies': '#e6f4ea',
  neutral: '#eeeff1',
  'passive-opposition': '#fbe7e4',
  'active-opposition': '#f5d0ca',
};


export function SpectrumBoard({ page, content, title, actors, version }: BoardProps) {
  const { t, i18n } = useTranslation();
  const rtl = i18n.dir() === 'rtl';
  const locale = currentLocale();
  const readOnly = page.readOnly;
  const [list, setList] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const svgRef = useRef<SVGSVGElement | null>(null);

  // eslint-disable-next-line react-hooks/exhaustive-deps
  const segments = useMemo(() => readSegments(content), [content, version]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const tactics = useMemo(() => readTactics(content), [content, version]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const history = useMemo(() => readHistory(content), [content, version]);
  const byId = useMemo(() => new Map(actors.map((actor) => [actor.id, actor])), [actors]);
  const unplaced = actors.filter((actor) => !segments.has(actor.id));
  const columns = SEGMENTS.map((segment) => actors.filter((actor) => segments.get(actor.id) === segment));
  const height = Math.max(380, TOP + Math.max(0, ...columns.map((column) => column.length)) * ROW + 24);

  const columnX = (index: number) => (rtl ? W - (index + 1) * COL : index * COL);
  const columnAt = (x: number): number => {
    const index = Math.min(SEGMENTS.length - 1, Math.max(0, Math.floor(x / COL)));
    return rtl ? SEGMENTS.length - 1 - index : index;
  };
  const segmentName = (segment: Segment) => t(`maps.spectrum.segments.${segment}.name`);
  const nameOf = (actor: Actor) => actorLabel(actor, (key, values) => t(key, values ?? {}));
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }), [locale]);
  const formatDate = (iso: string) => {
    const time = Date.parse(iso);
    return Number.isNaN(time) ? iso : dateFormat.format(time);
  };
  const memberName = (id: string) => page.members.find((member) => member.id === id)?.name ?? '';

  const focusChip = (id: string) => requestAnimationFrame(() => svgRef.current?.querySelector<SVGGElement>(`[data-actor-id="${id}"]`)?.focus());
  const focusTray = (id: string) =>
    requestAnimationFrame(() => (document.querySelector<HTMLElement>(`[data-tray-actor="${id}"]`) ?? document.querySelector<HTMLElement>('.board-tray'))?.focus());

  const moveTo = (actor: Actor, to: Segment | null) => {
    moveToSegment(content, actor.id, to, { by: page.meId ?? '' });
    setAnnouncement(to ? t('maps.spectrum.announce', { name: actor.name, segment: segmentName(to) }) : t('maps.common.removed', { name: actor.name }));
  };

  const placeFromTray = (actor: Actor, drop: TrayDrop | null) => {
    let segment: Segment = 'neutral';
    if (drop) {
      const matrix = svgRef.current?.getScreenCTM();
      if (!matrix) return;
      const point = new DOMPoint(drop.clientX, drop.clientY).matrixTransform(matrix.inverse());
      if (point.x < 0 || point.x > W || point.y < 0 || point.y > height) return;
      segment = SEGMENTS[columnAt(point.x)]!;
    }
    moveTo(actor, segment);
    focusChip(actor.id);
  };
  const tray = useTrayDrag(readOnly, placeFromTray);

  // Chip positions, flat (one parent, so a chip keeps its focus when it changes column).
  const chips: { actor: Actor; x: number; y: number; segment: Segment }[] = [];
  columns.forEach((column, index) =>
    column.forEach((actor, row) => chips.push({ actor, x: columnX(index) + COL / 2, y: TOP + row * ROW + CH / 2, segment: SEGMENTS[index]! })),
  );
  const chipAt = new Map(chips.map((chip) => [chip.actor.id, chip]));

  const chipDrag = useChipDrag({
    readOnly,
    svgRef,
    originOf: (id) => {
      const chip = chipAt.get(id);
      return chip ? { x: chip.x, y: chip.y } : undefined;
    },
    onDrop: (state, pointer) => {
      const actor = byId.get(state.id);
      const from = segments.get(state.id);
      if (!actor || !from) return;
      // Back to its place first: React moves it on if the segment changes.
      state.el.setAttribute('transform', `translate(${state.origin.x} ${state.origin.y})`);
      if (pointer.x < 0 || pointer.x > W || pointer.y < 0 || pointer.y > height) {
        setAnnouncement(t('maps.spectrum.stayed', { name: actor.name, segment: segmentName(from) }));
        return;
      }
      const to = SEGMENTS[columnAt(pointer.x)]!;
      if (to !== from) moveTo(actor, to);
    },
  });
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (readOnly) return;
    const id = chipOf(event.target)?.dataset.actorId;
    const actor = id ? byId.get(id) : undefined;
    const from = id ? segments.get(id) : undefined;
    if (!actor || !from) return;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      // Columns run from the allies at the inline start: Right goes towards the opposition in LTR.
      const towards = (event.key === 'ArrowRight') !== rtl ? 1 : -1;
      const to = neighbourSegment(from, towards);
      if (to) moveTo(actor, to);
      else setAnnouncement(t('maps.spectrum.atEnd', { name: actor.name }));
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      moveTo(actor, null);
      focusTray(actor.id);
    }
  };

  const instructionsId = 'spectrum-instructions';
  const drawing = (
    <svg
      ref={svgRef}
      className="board-svg spectrum-svg"
      viewBox={`0 0 ${W} ${height}`}
      role="group"
      aria-label={t('maps.spectrum.boardLabel')}
      aria-describedby={instructionsId}
      fontFamily={SVG_FONT}
      direction={rtl ? 'rtl' : 'ltr'}
      data-testid="spectrum-svg"
    >
      <g aria-hidden="true">
        {SEGMENTS.map((segment, index) => (
          <g key={segment}>
            <rect x={columnX(index)} y="0" width={COL} height={height} fill={SEGMENT_FILL[segment]} stroke="#ffffff" strokeWidth="3" />
            <text x={columnX(index) + COL / 2} y="34" textAnchor="middle" fontSize="17" fontWeight="700" fill="#1d232a">
              {segmentName(segment)}
            </text>
            <text x={columnX(index) + COL / 2} y="60" textAnchor="middle" fontSize="13" fill="#3b4450">
              {columns[index]!.length}
            </text>
          </g>
        ))}
      </g>
      <g {...chipDrag} onKeyDown={onKeyDown}>
        {chips.map(({ actor, x, y, segment }) => (
          <BoardChip
            key={actor.id}
            id={actor.id}
            name={actor.name}
            own={actor.isOwnOrganisation}
            x={x}
            y={y}
            width={CW}
            maxChars={22}
            label={t('maps.spectrum.chipLabel', { name: nameOf(actor), segment: segmentName(segment) })}
            describedBy={instructionsId}
            readOnly={readOnly}
            rtl={rtl}
          />
        ))}
      </g>
    </svg>
  );

  const moved = actors.filter((actor) => movesOf(history, actor.id).length > 0);

  return (
    <div className="board board--spectrum">
      <div className="board__toolbar">
        <ViewToggle list={list} onChange={setList} />
        <BoardExportButtons svgRef={svgRef} title={title} />
      </div>
      <p className="board__announcement visually-hidden" role="status" data-testid="board-announcement">
        {announcement}
      </p>
      <p id={instructionsId} className="board__instructions">
        {readOnly ? t('maps.spectrum.remember') : t('maps.spectrum.instructions')}
      </p>
      <div className="board__drawing" data-board-drawing hidden={list}>
        {drawing}
      </div>
      {list ? (
        <div className="board-list" data-testid="spectrum-list">
          {SEGMENTS.map((segment, index) => (
            <section key={segment} aria-labelledby={`sp-list-${segment}`}>
              <h3 id={`sp-list-${segment}`}>{segmentName(segment)}</h3>
              {columns[index]!.length === 0 ? (
                <p className="empty">{t('maps.list.emptySegment')}</p>
              ) : (
                <ul>
                  {columns[index]!.map((actor) => (
                    <li key={actor.id} dir="auto">
                      {nameOf(actor)}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      ) : null}

      {readOnly ? null : (
        <UnplacedTray id="spectrum-tray" workspaceId={page.workspaceId} hasActors={actors.length > 0} unplaced={unplaced} nameOf={nameOf} bind={tray.bind} />
      )}
      {tray.ghost}

      <section className="spectrum-tactics" aria-labelledby="spectrum-tactics-title">
        <h2 id="spectrum-tactics-title">{t('maps.spectrum.tactics')}</h2>
        <div className="spectrum-tactics__grid">
          {SEGMENTS.map((segment) => (
            <TacticsField key={segment} content={content} segment={segment} value={tactics[segment]} readOnly={readOnly} />
          ))}
        </div>
        <div className="spectrum-questions">
          <h3>{t('maps.spectrum.questionsTitle')}</h3>
          <ul>
            {(['target', 'resources', 'interests', 'apart'] as const).map((key) => (
              <li key={key}>{t(`maps.spectrum.questions.${key}`)}</li>
            ))}
          </ul>
          <p>{t('maps.spectrum.remember')}</p>
        </div>
      </section>

      <section className="spectrum-history" aria-labelledby="spectrum-history-title" data-testid="spectrum-history">
        <h2 id="spectrum-history-title">{t('maps.spectrum.history')}</h2>
        {moved.length === 0 ? (
          <p className="empty">{t('maps.spectrum.historyEmpty')}</p>
        ) : (
          moved.map((actor) => (
            <details key={actor.id} className="spectrum-history__actor">
              <summary>{t('maps.spectrum.historyLabel', { name: actor.name })}</summary>
              <ol>
                {movesOf(history, actor.id).map((move, index) => (
                  <li key={index}>
                    {moveText(move, '', { t: (key, values) => t(key, values ?? {}), formatDate })}
                    {move.by && memberName(move.by) ? <span className="spectrum-history__by"> — {t('maps.spectrum.by', { name: memberName(move.by) })}</span> : null}
                  </li>
                ))}
              </ol>
            </details>
          ))
        )}
      </section>
    </div>
  );
}

function TacticsField({ content, segment, value, readOnly }: { content: Y.Map<unknown>; segment: Segment; value: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const id = `tactics-${segment}`;
  return (
    <div className="field spectrum-tactics__field">
      <label htmlFor={id} className="field__label">
        {t('maps.spectrum.tacticsLabel', { segment: t(`maps.spectrum.segments.${segment}.name`) })}
      </label>
      <textarea
        id={id}
        className="input"
        dir="auto"
        rows={4}
        value={value}
        readOnly={readOnly}
        placeholder={t('maps.spectrum.tacticsPlaceholder')}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setTactics(content, segment, event.target.value)}
      />
      <p id={`${id}-hint`} className="field__hint">
        {t(`maps.spectrum.segments.${segment}.description`)} {t(`maps.spectrum.segments.${segment}.tactic`)}
      </p>
    </div>
  );
}


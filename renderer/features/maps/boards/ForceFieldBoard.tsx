import { useId, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  addForce,
  moveForce,
  readForceField,
  removeForce,
  setForceGoal,
  totalsOf,
  updateForce,
  WEIGHT_MAX,
  WEIGHT_MIN,
  type Force,
  type ForceField,
  type ForceSide,
  type ForceTotals,
} from '../../../../shared/sync/boards/force-field';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import type { WorkspacePageProps } from '../../workspace/workspace-page';
import { BoardGuidance, BoardPicture } from './BoardPicture';
import { InlineText } from './InlineText';
import { arrowPath, useBoardTitle } from './board-title';
import { FONT, INK, wrapText } from './svg-text';
import { useBoard } from './use-board';

interface BoardProps {
  page: WorkspacePageProps;
  mapId: string;
  content: Y.Map<unknown>;
}

const WEIGHTS = Array.from({ length: WEIGHT_MAX - WEIGHT_MIN + 1 }, (_, index) => WEIGHT_MIN + index);

/** Force-field analysis: a change goal, driving and restraining forces with weights, totals and a drawing. */
export function ForceFieldBoard({ page, mapId, content }: BoardProps) {
  const { t, i18n } = useTranslation();
  const field = useBoard(content, readForceField);
  const title = useBoardTitle(page.doc, mapId);
  const totals = totalsOf(field);
  const [removing, setRemoving] = useState<Force | null>(null);
  const readOnly = page.readOnly;
  const rtl = i18n.dir() === 'rtl';
  const size = drawingSize(field);

  return (
    <div className="board board--force-field" data-testid="force-field-board">
      <BoardGuidance summary={t('maps.forceField.guidance.summary')}>
        <p>{t('maps.forceField.guidance.what')}</p>
        <p>{t('maps.forceField.guidance.how')}</p>
        <p className="board-guidance__source">{t('maps.forceField.guidance.source')}</p>
      </BoardGuidance>
      <div className="field">
        <label className="field__label" htmlFor={`${mapId}-goal`}>
          {t('maps.forceField.goal')}
        </label>
        <InlineText
          id={`${mapId}-goal`}
          value={field.goal}
          label={t('maps.forceField.goal')}
          readOnly={readOnly}
          onCommit={(text) => setForceGoal(content, text)}
          placeholder={t('maps.forceField.goalPlaceholder')}
          testId="force-goal"
        />
      </div>
      <div className="force-columns">
        {(['driving', 'restraining'] as const).map((side) => (
          <ForceColumn key={side} side={side} forces={field[side]} total={totals[side]} content={content} readOnly={readOnly} onRemove={setRemoving} />
        ))}
      </div>
      <Totals totals={totals} />
      <BoardPicture
        ns="forceField"
        title={title || t('maps.forceField.title')}
        size={size}
        testId="force-field-picture"
        drawing={(ref) => <ForceFieldDrawing svgRef={ref} field={field} totals={totals} title={title} rtl={rtl} size={size} />}
        list={<ForceFieldList field={field} totals={totals} />}
      />
      {removing ? (
        <ConfirmDialog
          title={t('maps.forceField.removeTitle')}
          body={t('maps.forceField.removeBody', { text: removing.text || t('maps.forceField.untitled') })}
          confirmLabel={t('maps.forceField.remove')}
          cancelLabel={t('maps.forceField.cancel')}
          onCancel={() => setRemoving(null)}
          onConfirm={async () => {
            removeForce(content, removing.id);
            setRemoving(null);
          }}
        />
      ) : null}
    </div>
  );
}

function ForceColumn({
  side,
  forces,
  total,
  content,
  readOnly,
  onRemove,
}: {
  side: ForceSide;
  forces: Force[];
  total: number;
  content: Y.Map<unknown>;
  readOnly: boolean;
  onRemove: (force: Force) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [text, setText] = useState('');
  const [weight, setWeight] = useState(3);
  const [error, setError] = useState<string | null>(null);
  const newId = useId();
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setError(t('maps.forceField.required'));
      return;
    }
    if (!addForce(content, { side, text, weight })) {
      setError(t('maps.forceField.addFailed'));
      return;
    }
    setText('');
    setError(null);
  };
  return (
    <section className={`force-column force-column--${side}`} aria-labelledby={headingId} data-testid={`force-column-${side}`}>
      <h2 id={headingId} className="force-column__heading">
        {t(`maps.forceField.${side}.heading`)} <span className="badge">{t('maps.forceField.totalBadge', { total })}</span>
      </h2>
      <p className="force-column__hint">{t(`maps.forceField.${side}.hint`)}</p>
      {forces.length === 0 ? <p className="empty">{t(`maps.forceField.${side}.empty`)}</p> : null}
      <ol className="force-list">
        {forces.map((force, index) => {
          const name = force.text || t('maps.forceField.untitled');
          return (
            <li key={force.id} className="force-item" data-testid="force-item">
              <InlineText value={force.text} label={t(`maps.forceField.${side}.itemLabel`, { position: index + 1 })} readOnly={readOnly} onCommit={(value) => updateForce(content, force.id, { text: value })} />
              <div className="force-item__row">
                <label className="force-item__weight">
                  <span>{t('maps.forceField.weight')}</span>
                  <select
                    className="input input--compact"
                    value={force.weight}
                    disabled={readOnly}
                    aria-label={t('maps.forceField.weightOf', { text: name })}
                    onChange={(event) => updateForce(content, force.id, { weight: Number(event.target.value) })}
                  >
                    {WEIGHTS.map((value) => (
                      <option key={value} value={value}>
                        {value}
                      </option>
                    ))}
                  </select>
                </label>
                <span className="force-item__bar" aria-hidden="true">
                  <span style={{ inlineSize: `${(force.weight / WEIGHT_MAX) * 100}%` }} />
                </span>
              </div>
              <InlineText
                value={force.note}
                label={t('maps.forceField.noteOf', { text: name })}
                placeholder={t('maps.forceField.notePlaceholder')}
                readOnly={readOnly}
                className="force-item__note"
                onCommit={(value) => updateForce(content, force.id, { note: value })}
              />
              {readOnly ? null : (
                <div className="board-actions">
                  <button type="button" className="button button--quiet" disabled={index === 0} aria-label={t('maps.forceField.moveUpOf', { text: name })} onClick={() => moveForce(content, force.id, index - 1)}>
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    disabled={index === forces.length - 1}
                    aria-label={t('maps.forceField.moveDownOf', { text: name })}
                    onClick={() => moveForce(content, force.id, index + 1)}
                  >
                    <span aria-hidden="true">↓</span>
                  </button>
                  <button type="button" className="button button--danger-quiet" aria-label={t('maps.forceField.removeOf', { text: name })} onClick={() => onRemove(force)}>
                    {t('maps.forceField.remove')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {readOnly ? null : (
        <form className="force-add" onSubmit={add} noValidate>
          <div className="force-add__text">
            <label className="field__label" htmlFor={newId}>
              {t(`maps.forceField.${side}.new`)}
            </label>
            <input
              id={newId}
              className="input"
              dir="auto"
              value={text}
              maxLength={2000}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${newId}-error` : undefined}
              onChange={(event) => setText(event.target.value)}
              data-testid={`new-${side}`}
            />
          </div>
          <label className="force-item__weight">
            <span>{t('maps.forceField.weight')}</span>
            <select className="input input--compact" value={weight} onChange={(event) => setWeight(Number(event.target.value))} data-testid={`new-${side}-weight`}>
              {WEIGHTS.map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button">
            {t(`maps.forceField.${side}.add`)}
          </button>
          {error ? (
            <p id={`${newId}-error`} className="field__error force-add__error" role="alert">
              {error}
            </p>
          ) : null}
        </form>
      )}
    </section>
  );
}

function balanceKey(balance: number): string {
  return balance > 0 ? 'maps.forceField.balanceDriving' : balance < 0 ? 'maps.forceField.balanceRestraining' : 'maps.forceField.balanceEven';
}

function Totals({ totals }: { totals: ForceTotals }) {
  const { t } = useTranslation();
  return (
    <div className="force-totals" role="status" data-testid="force-totals">
      <span>{t('maps.forceField.drivingTotal', { total: totals.driving })}</span>
      <span>{t('maps.forceField.restrainingTotal', { total: totals.restraining })}</span>
      <strong>
        {t('maps.forceField.balance', { balance: signed(totals.balance) })} — {t(balanceKey(totals.balance))}
      </strong>
    </div>
  );
}

const signed = (value: number) => (value > 0 ? `+${value}` : String(value));

function ForceFieldList({ field, totals }: { field: ForceField; totals: ForceTotals }) {
  const { t } = useTranslation();
  return (
    <div className="board-outline" data-testid="force-field-list">
      <p>
        <strong>{t('maps.forceField.goal')}:</strong> <bdi>{field.goal || t('maps.forceField.untitled')}</bdi>
      </p>
      {(['driving', 'restraining'] as const).map((side) => (
        <section key={side}>
          <h3>
            {t(`maps.forceField.${side}.heading`)} — {t('maps.forceField.totalBadge', { total: totals[side] })}
          </h3>
          {field[side].length === 0 ? (
            <p className="empty">{t(`maps.forceField.${side}.empty`)}</p>
          ) : (
            <ul>
              {field[side].map((force) => (
                <li key={force.id}>
                  <bdi>{force.text || t('maps.forceField.untitled')}</bdi> — {t('maps.forceField.weightValue', { weight: force.weight })}
                  {force.note ? (
                    <>
                      {' '}
                      — <bdi>{force.note}</bdi>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <p>
        <strong>{t('maps.forceField.balance', { balance: signed(totals.balance) })}</strong> — {t(balanceKey(totals.balance))}
      </p>
    </div>
  );
}

const WIDTH = 860;
const ROW = 70;
const TOP = 96;
const CENTER = WIDTH / 2;
const GAP = 26;
const UNIT = (CENTER - GAP - 40) / WEIGHT_MAX;

function drawingSize(field: ForceField) {
  const rows = Math.max(1, field.driving.length, field.restraining.length);
  return { width: WIDTH, height: TOP + rows * ROW + 70 };
}

function ForceFieldDrawing({
  svgRef,
  field,
  totals,
  title,
  rtl,
  size,
}: {
  svgRef: RefObject<SVGSVGElement | null>;
  field: ForceField;
  totals: ForceTotals;
  title: string;
  rtl: boolean;
  size: { width: number; height: number };
}) {
  const { t } = useTranslation();
  const titleId = useId();
  // Laid out left-to-right, mirrored for right-to-left languages.
  const x = (value: number) => (rtl ? WIDTH - value : value);
  const goal = wrapText(field.goal || t('maps.forceField.untitled'), 70, 2);
  const bottom = size.height - 60;
  const arrows = (side: ForceSide) =>
    field[side].map((force, index) => {
      const y = TOP + index * ROW + 40;
      const length = force.weight * UNIT;
      const tip = side === 'driving' ? CENTER - GAP : CENTER + GAP;
      const tail = side === 'driving' ? tip - length : tip + length;
      const colour = side === 'driving' ? INK.good : INK.bad;
      const label = wrapText(force.text || t('maps.forceField.untitled'), 44, 1)[0] ?? '';
      const labelAt = side === 'driving' ? CENTER - GAP - 8 : CENTER + GAP + 8;
      return (
        <g key={force.id}>
          <path d={arrowPath(x(tail), x(tip), y, 12 + force.weight * 2, 18)} fill={colour} opacity={0.85} />
          <text x={x(labelAt)} y={y - 12 - force.weight * 2 - 6} fontSize={13} fill={INK.text} textAnchor={side === 'driving' ? 'end' : 'start'}>
            {label} ({force.weight})
          </text>
        </g>
      );
    });
  return (
    <svg
      ref={svgRef}
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      aria-labelledby={titleId}
      viewBox={`0 0 ${size.width} ${size.height}`}
      width={size.width}
      height={size.height}
      className="board-drawing-svg"
      fontFamily={FONT}
      direction={rtl ? 'rtl' : 'ltr'}
      data-testid="force-field-svg"
    >
      <title id={titleId}>{t('maps.forceField.drawingTitle', { title: title || t('maps.forceField.title'), driving: totals.driving, restraining: totals.restraining })}</title>
      <rect width={size.width} height={size.height} fill={INK.background} />
      {goal.map((line, index) => (
        <text key={index} x={WIDTH / 2} y={30 + index * 20} textAnchor="middle" fontSize={17} fontWeight={700} fill={INK.text}>
          {line}
        </text>
      ))}
      <text x={x(CENTER / 2)} y={TOP - 12} textAnchor="middle" fontSize={15} fontWeight={700} fill={INK.good}>
        {t('maps.forceField.driving.heading')} ({totals.driving})
      </text>
      <text x={x(CENTER + CENTER / 2)} y={TOP - 12} textAnchor="middle" fontSize={15} fontWeight={700} fill={INK.bad}>
        {t('maps.forceField.restraining.heading')} ({totals.restraining})
      </text>
      <rect x={CENTER - 5} y={TOP} width={10} height={bottom - TOP} fill={INK.accent} rx={3} />
      {arrows('driving')}
      {arrows('restraining')}
      <text x={WIDTH / 2} y={bottom + 36} textAnchor="middle" fontSize={15} fontWeight={700} fill={INK.text}>
        {t('maps.forceField.balance', { balance: signed(totals.balance) })} — {t(balanceKey(totals.balance))}
      </text>
    </svg>
  );
}

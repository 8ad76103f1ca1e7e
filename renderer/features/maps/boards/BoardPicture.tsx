import { useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBytes, downloadText, fileSlug } from '../../members/download';
import { standaloneSvg } from '../board-export';
import { serializeSvg, svgToPng } from '../export-image';

export interface Drawing {
  width: number;
  height: number;
}

export type BoardNamespace = 'toc' | 'problemTree' | 'forceField';

interface Props {
  /** Where the board's messages live (maps.<ns>.picture.*). */
  ns: BoardNamespace;
  /** The board's title, for file names. */
  title: string;
  /** The board as an SVG drawing; gets the ref the exports read. */
  drawing: (ref: RefObject<SVGSVGElement | null>) => ReactNode;
  size: Drawing;
  /** The same content as a structured list (what a screen reader reads best). */
  list: ReactNode;
  testId: string;
}

/**
 * The board's picture: a drawing or, at the press of a button, the same content as a
 * structured list; both can be saved as SVG or PNG (the drawing stays in the page, hidden,
 * while the list shows, so the exports always have it).
 */
export function BoardPicture({ ns, title, drawing, size, list, testId }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [view, setView] = useState<'drawing' | 'list'>('drawing');
  const [status, setStatus] = useState<{ kind: 'error' | 'done'; file?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const svgRef = useRef<SVGSVGElement | null>(null);
  const base = fileSlug(title);

  const exportSvg = () => {
    const svg = svgRef.current;
    if (!svg) return setStatus({ kind: 'error' });
    downloadText(`${base}.svg`, serializeSvg(standaloneSvg(svg, title)), 'image/svg+xml');
    setStatus({ kind: 'done', file: `${base}.svg` });
  };
  const exportPng = async () => {
    const svg = svgRef.current;
    if (!svg) return setStatus({ kind: 'error' });
    setBusy(true);
    try {
      const bytes = await svgToPng(standaloneSvg(svg, title), size.width, size.height);
      downloadBytes(`${base}.png`, bytes, 'image/png');
      setStatus({ kind: 'done', file: `${base}.png` });
    } catch (error) {
      console.error('PNG export failed', error);
      setStatus({ kind: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="board-picture" aria-labelledby={headingId} data-testid={testId}>
      <div className="board-picture__bar">
        <h2 id={headingId} className="board-picture__heading">
          {t(`maps.${ns}.picture.picture`)}
        </h2>
        <div className="board-picture__views" role="group" aria-label={t('maps.common.board.showAs')}>
          <button type="button" className="button" aria-pressed={view === 'drawing'} onClick={() => setView('drawing')}>
            {t('maps.common.board.drawing')}
          </button>
          <button type="button" className="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
            {t('maps.common.board.list')}
          </button>
        </div>
        <div className="board-picture__exports">
          <button type="button" className="button" onClick={exportSvg}>
            {t('maps.common.board.exportSvg')}
          </button>
          <button type="button" className="button" onClick={() => void exportPng()} disabled={busy}>
            {t('maps.common.board.exportPng')}
          </button>
        </div>
      </div>
      <p className={status?.kind === 'error' ? 'notice notice--error' : 'visually-hidden'} role={status?.kind === 'error' ? 'alert' : 'status'}>
        {status ? (status.kind === 'error' ? t('maps.common.board.exportFailed') : t('maps.common.board.exported', { file: status.file })) : ''}
      </p>
      <div className="board-picture__drawing" data-board-drawing hidden={view !== 'drawing'}>
        {drawing(svgRef)}
      </div>
      {view === 'list' ? <div className="board-picture__list">{list}</div> : null}
    </section>
  );
}

/** The toolkit's advice for a board, folded away under its summary. */
export function BoardGuidance({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="board-guidance">
      <summary>{summary}</summary>
      <div className="board-guidance__body">{children}</div>
    </details>
  );
}

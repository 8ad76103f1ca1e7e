/**
 * Boards as images: the board's own SVG, made standalone (its look is in presentation
 * attributes, not in the app's CSS), saved as SVG, or drawn on a canvas and saved as PNG.
 * The CSP allows blob: and data: images, which is all the PNG needs (export-image.ts draws it).
 */
import { useState, type RefObject } from 'react';
import type { ExportFigure } from '../../../shared/export/export-document';
import { useTranslation } from 'react-i18next';
import { downloadBytes, downloadText, fileSlug } from '../members/download';
import { serializeSvg, svgToPng } from './export-image';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A standalone copy of a board's SVG: no focus or ARIA attributes, a white page, the title as <title>. */
export function standaloneSvg(svg: SVGSVGElement, title: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', SVG_NS);
  const viewBox = svg.viewBox.baseVal;
  copy.setAttribute('width', String(viewBox.width));
  copy.setAttribute('height', String(viewBox.height));
  copy.querySelectorAll('[data-export="skip"]').forEach((node) => node.remove());
  copy.removeAttribute('class');
  copy.removeAttribute('style');
  for (const element of [copy, ...Array.from(copy.querySelectorAll('*'))]) {
    for (const name of Array.from(element.getAttributeNames())) {
      if (name === 'tabindex' || name === 'role' || name.startsWith('aria-') || name.startsWith('data-') || name === 'class' || name === 'focusable') element.removeAttribute(name);
    }
  }
  const titleElement = document.createElementNS(SVG_NS, 'title');
  titleElement.textContent = title;
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('x', String(viewBox.x));
  background.setAttribute('y', String(viewBox.y));
  background.setAttribute('width', String(viewBox.width));
  background.setAttribute('height', String(viewBox.height));
  background.setAttribute('fill', '#ffffff');
  copy.prepend(titleElement, background);
  return new XMLSerializer().serializeToString(copy);
}

/** The size of a board's drawing in CSS pixels: its viewBox (every board draws in one). */
function drawingSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal;
  return box && box.width > 0 && box.height > 0 ? { width: box.width, height: box.height } : { width: svg.clientWidth || 800, height: svg.clientHeight || 600 };
}

/**
 * The board drawn inside `container` (its drawing is marked data-board-drawing, and stays in
 * the page while the list shows) as a picture for a document export; undefined when there is none.
 */
export async function boardFigure(container: HTMLElement | null, title: string, alt: string): Promise<ExportFigure | undefined> {
  const svg = container?.querySelector<SVGSVGElement>('[data-board-drawing] svg');
  if (!svg) return undefined;
  const { width, height } = drawingSize(svg);
  return { png: await svgToPng(standaloneSvg(svg, title), width, height), width, height, alt };
}

/**
 * "Export PNG" and "Export SVG" for a board whose SVG is at `svgRef` (other boards may use it:
 * their look must be in presentation attributes; mark parts to leave out with data-export="skip").
 */
export function BoardExportButtons({ svgRef, title }: { svgRef: RefObject<SVGSVGElement | null>; title: string }) {
  const { t } = useTranslation();
  // The message's key and values, so it follows a change of language.
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; key: string; values: Record<string, string> } | null>(null);
  const run = async (format: 'png' | 'svg') => {
    setMessage(null);
    const svg = svgRef.current;
    try {
      if (!svg) throw new Error(t('maps.common.notFound'));
      const text = standaloneSvg(svg, title);
      const file = `${fileSlug(title)}.${format}`;
      if (format === 'svg') downloadText(file, serializeSvg(text), 'image/svg+xml');
      else {
        const { width, height } = drawingSize(svg);
        downloadBytes(file, await svgToPng(text, width, height), 'image/png');
      }
      setMessage({ kind: 'info', key: 'maps.common.exported', values: { file } });
    } catch (caught) {
      setMessage({ kind: 'error', key: 'maps.common.exportFailed', values: { reason: caught instanceof Error ? caught.message : String(caught) } });
    }
  };
  return (
    <div className="board-export">
      <button type="button" className="button" onClick={() => void run('png')}>
        {t('maps.common.exportPng')}
      </button>
      <button type="button" className="button" onClick={() => void run('svg')}>
        {t('maps.common.exportSvg')}
      </button>
      <p className={message?.kind === 'error' ? 'board-export__message notice notice--error' : 'board-export__message'} role={message?.kind === 'error' ? 'alert' : 'status'}>
        {message ? t(message.key, message.values) : ''}
      </p>
    </div>
  );
}

/** "Show the board as: Board | List" (a list for screen readers and for reading). */
export function ViewToggle({ list, onChange }: { list: boolean; onChange: (list: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <div className="view-toggle" role="group" aria-label={t('maps.common.view')}>
      <button type="button" className="button button--quiet" aria-pressed={!list} onClick={() => onChange(false)}>
        {t('maps.common.boardView')}
      </button>
      <button type="button" className="button button--quiet" aria-pressed={list} onClick={() => onChange(true)}>
        {t('maps.common.listView')}
      </button>
    </div>
  );
}

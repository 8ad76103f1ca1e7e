import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { observeMaps, readMap } from '../../../../shared/sync/maps-doc';

/** The board's title, live (for headings inside drawings and for file names). */
export function useBoardTitle(doc: Y.Doc, mapId: string): string {
  const [title, setTitle] = useState(() => readMap(doc, mapId)?.title ?? '');
  useEffect(() => {
    setTitle(readMap(doc, mapId)?.title ?? '');
    return observeMaps(doc, () => setTitle(readMap(doc, mapId)?.title ?? ''));
  }, [doc, mapId]);
  return title;
}

/** A horizontal arrow (shaft and head) from x1 to x2 at height y, as one SVG path. */
export function arrowPath(x1: number, x2: number, y: number, thickness = 10, head = 16): string {
  const direction = Math.sign(x2 - x1) || 1;
  const neck = x2 - direction * Math.min(head, Math.abs(x2 - x1));
  const half = thickness / 2;
  return `M${x1} ${y - half}H${neck}V${y - thickness}L${x2} ${y}L${neck} ${y + thickness}V${y + half}H${x1}Z`;
}

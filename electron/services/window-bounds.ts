/**
 * Where to reopen the main window. Pure: the saved bounds come from the window
 * state store and the work areas from Electron's `screen`, so every case (a
 * monitor unplugged since last time, a window dragged off-screen, a smaller
 * laptop screen) is tested without a display.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What `BrowserWindow` gets: no x/y means "let the system centre it". */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;

function isFiniteRect(rect: Rect | null | undefined): rect is Rect {
  return (
    !!rect &&
    [rect.x, rect.y, rect.width, rect.height].every((n) => typeof n === 'number' && Number.isFinite(n)) &&
    rect.width > 0 &&
    rect.height > 0
  );
}

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** The window's size, never below the minimum unless the screen itself is smaller. */
function fitSize(width: number, height: number, area: Rect | undefined): { width: number; height: number } {
  const maxWidth = area?.width ?? Number.POSITIVE_INFINITY;
  const maxHeight = area?.height ?? Number.POSITIVE_INFINITY;
  return {
    width: Math.round(Math.min(Math.max(width, MIN_WINDOW_SIZE.width), maxWidth)),
    height: Math.round(Math.min(Math.max(height, MIN_WINDOW_SIZE.height), maxHeight)),
  };
}

/**
 * Keeps the window wholly on one visible display.
 *
 * @param saved the bounds from last time, or null on first launch
 * @param displayWorkAreas work areas of the connected displays, primary first
 */
export function fitBoundsToDisplays(saved: Rect | null | undefined, displayWorkAreas: readonly Rect[]): WindowPlacement {
  const areas = displayWorkAreas.filter((area) => isFiniteRect(area));
  const primary = areas[0];

  if (!isFiniteRect(saved)) {
    return fitSize(DEFAULT_WINDOW_SIZE.width, DEFAULT_WINDOW_SIZE.height, primary);
  }

  // The display showing most of the window is the one the user left it on.
  let best: Rect | undefined;
  let bestOverlap = 0;
  for (const area of areas) {
    const overlap = overlapArea(saved, area);
    if (overlap > bestOverlap) {
      best = area;
      bestOverlap = overlap;
    }
  }

  if (!best) {
    // Off every screen (or that screen is gone): keep the size, let the system centre it.
    return fitSize(saved.width, saved.height, primary);
  }

  const size = fitSize(saved.width, saved.height, best);
  return {
    x: Math.round(clamp(saved.x, best.x, best.x + best.width - size.width)),
    y: Math.round(clamp(saved.y, best.y, best.y + best.height - size.height)),
    ...size,
  };
}

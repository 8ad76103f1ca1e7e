import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  fitBoundsToDisplays,
  MIN_WINDOW_SIZE,
  type Rect,
} from '../../../electron/services/window-bounds';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const rightMonitor: Rect = { x: 1440, y: -200, width: 2560, height: 1400 };
const smallScreen: Rect = { x: 0, y: 0, width: 1024, height: 600 };

function isInside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

describe('fitBoundsToDisplays', () => {
  it('uses the default size, centred, when nothing was saved', () => {
    expect(fitBoundsToDisplays(null, [rightMonitor])).toEqual({ ...DEFAULT_WINDOW_SIZE });
    expect(fitBoundsToDisplays(undefined, [rightMonitor])).toEqual({ ...DEFAULT_WINDOW_SIZE });
  });

  it('shrinks the default size to a small primary screen', () => {
    expect(fitBoundsToDisplays(null, [smallScreen])).toEqual({ width: 1024, height: 600 });
  });

  it('keeps a window that is fully visible where it was', () => {
    const saved = { x: 100, y: 50, width: 1000, height: 700 };
    expect(fitBoundsToDisplays(saved, [laptop, rightMonitor])).toEqual(saved);
  });

  it('keeps a window on a secondary monitor, including negative coordinates', () => {
    const saved = { x: 1600, y: -150, width: 1200, height: 800 };
    expect(fitBoundsToDisplays(saved, [laptop, rightMonitor])).toEqual(saved);
  });

  it('pulls a partly off-screen window back onto the display it is mostly on', () => {
    const placed = fitBoundsToDisplays({ x: 1000, y: 600, width: 800, height: 500 }, [laptop]);
    expect(placed).toEqual({ x: 640, y: 375, width: 800, height: 500 });
  });

  it('moves a window that straddles two monitors onto the one showing most of it', () => {
    const placed = fitBoundsToDisplays({ x: 1300, y: 100, width: 900, height: 600 }, [laptop, rightMonitor]);
    expect(placed).toMatchObject({ width: 900, height: 600 });
    expect(isInside(placed as Rect, rightMonitor)).toBe(true);
  });

  it('centres a window that is entirely off-screen', () => {
    expect(fitBoundsToDisplays({ x: -5000, y: -5000, width: 900, height: 600 }, [laptop])).toEqual({
      width: 900,
      height: 600,
    });
  });

  it('brings the window back when its monitor was unplugged', () => {
    const onOldMonitor = { x: 2000, y: 100, width: 1600, height: 1000 };
    expect(fitBoundsToDisplays(onOldMonitor, [laptop])).toEqual({ width: 1440, height: 875 });
  });

  it('shrinks a window bigger than the screen to the work area', () => {
    const placed = fitBoundsToDisplays({ x: 10, y: 10, width: 3000, height: 2000 }, [laptop]);
    expect(placed).toEqual({ x: 0, y: 0, width: 1440, height: 875 });
  });

  it('never goes below the minimum size when the screen allows it', () => {
    const placed = fitBoundsToDisplays({ x: 10, y: 10, width: 100, height: 50 }, [laptop]);
    expect(placed).toMatchObject({ width: MIN_WINDOW_SIZE.width, height: MIN_WINDOW_SIZE.height });
  });

  it('rounds fractional bounds from scaled displays', () => {
    const placed = fitBoundsToDisplays({ x: 10.4, y: 20.6, width: 900.5, height: 600.2 }, [laptop]);
    expect(Object.values(placed).every(Number.isInteger)).toBe(true);
  });

  it('ignores saved bounds that are not numbers', () => {
    const corrupt = { x: Number.NaN, y: 0, width: 800, height: 600 };
    expect(fitBoundsToDisplays(corrupt, [laptop])).toEqual({ ...DEFAULT_WINDOW_SIZE });
    expect(fitBoundsToDisplays({ x: 0, y: 0, width: 0, height: 600 }, [laptop])).toEqual({ ...DEFAULT_WINDOW_SIZE });
  });

  it('still returns a usable size when no display is reported', () => {
    expect(fitBoundsToDisplays(null, [])).toEqual({ ...DEFAULT_WINDOW_SIZE });
    expect(fitBoundsToDisplays({ x: 5, y: 5, width: 900, height: 600 }, [])).toEqual({ width: 900, height: 600 });
  });
});

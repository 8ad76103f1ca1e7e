import { describe, expect, it } from 'vitest';
import { blockStyleForShortcut, documentEdgeForShortcut } from '../../../renderer/editor/plugins/ShortcutsPlugin';
import { SaveStatusHub } from '../../../renderer/collab/save-status-hub';

const key = (code: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>>) => ({
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('editor shortcuts', () => {
  it.each([
    [key('Digit1', { ctrlKey: true, altKey: true }), 'h1'],
    [key('Digit3', { metaKey: true, altKey: true }), 'h3'],
    [key('Digit0', { ctrlKey: true, altKey: true }), 'paragraph'],
    [key('Digit7', { ctrlKey: true, shiftKey: true }), 'number'],
    [key('Digit8', { ctrlKey: true, shiftKey: true }), 'bullet'],
    [key('Digit1', { altKey: true }), null],
    [key('Digit8', { ctrlKey: true }), null],
    [key('KeyB', { ctrlKey: true }), null],
  ])('%o → %s', (event, style) => {
    expect(blockStyleForShortcut(event)).toBe(style);
  });
});

describe('document edge shortcuts', () => {
  it.each([
    [{ key: 'End', ctrlKey: true, metaKey: false, altKey: false }, 'end'],
    [{ key: 'Home', ctrlKey: false, metaKey: true, altKey: false }, 'start'],
    [{ key: 'End', ctrlKey: false, metaKey: false, altKey: false }, null],
    [{ key: 'End', ctrlKey: true, metaKey: false, altKey: true }, null],
    [{ key: 'PageDown', ctrlKey: true, metaKey: false, altKey: false }, null],
  ])('%o → %s', (event, edge) => {
    expect(documentEdgeForShortcut(event)).toBe(edge);
  });
});

describe('SaveStatusHub', () => {
  it('reports the worst state across open documents and whether anything is unsaved', () => {
    const hub = new SaveStatusHub();
    const seen: string[] = [];
    hub.subscribe((summary) => seen.push(summary.state));
    hub.set('a', { state: 'saved', pendingUpdates: 0 });
    hub.set('b', { state: 'pending', pendingUpdates: 2 });
    expect(hub.summary().state).toBe('pending');
    expect(hub.hasUnsavedChanges()).toBe(true);
    hub.set('b', { state: 'error', pendingUpdates: 2, error: { kind: 'quota', message: 'full' } });
    expect(hub.summary()).toEqual({ state: 'error', error: { kind: 'quota', message: 'full' } });
    hub.remove('b');
    expect(hub.summary().state).toBe('saved');
    expect(hub.hasUnsavedChanges()).toBe(false);
    expect(seen).toEqual(['saved', 'pending', 'error', 'saved']);
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mergeRows } from '../../../renderer/features/files/collect-workspace';

function rowsOfEdits(): Uint8Array[] {
  const doc = new Y.Doc();
  const rows: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => rows.push(update));
  doc.getText('t').insert(0, 'Hello');
  doc.getText('t').insert(5, ' world');
  return rows;
}

function textOf(update: Uint8Array | null): string {
  const doc = new Y.Doc();
  if (update) Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
}

describe('mergeRows', () => {
  it('merges a doc’s stored rows into one update', () => {
    expect(textOf(mergeRows(rowsOfEdits()))).toBe('Hello world');
    expect(mergeRows([])).toBeNull();
  });

  it('leaves out a row that is not an update instead of failing the save', () => {
    const rows = rowsOfEdits();
    const merged = mergeRows([rows[0]!, new Uint8Array([255, 255, 255, 7]), rows[1]!]);
    expect(textOf(merged)).toBe('Hello world');
    expect(mergeRows([new Uint8Array([255, 255, 255, 7]), new Uint8Array([1, 2, 3])])).toBeNull();
  });
});

/** The import worker's stand-in for the DOM decodes character references as a browser does. */
import { beforeAll, expect, it } from 'vitest';

type FakeDocument = { createElement(name: string): { innerHTML: string; textContent: string } };
let fake: FakeDocument;

beforeAll(async () => {
  const scope = globalThis as { document?: unknown };
  expect(scope.document).toBeUndefined(); // Node, like a worker, has none
  await import('../../../renderer/features/imports/worker-dom-shim');
  fake = scope.document as FakeDocument;
  delete scope.document;
});

it.each([
  ['&eacute;', 'é'],
  ['&notit;', '¬it;'],
  ['&bogus;', '&bogus;'],
  ['&amp;', '&'],
  ['&#x627;', 'ا'],
])('%s → %s', (html, text) => {
  const element = fake.createElement('i');
  element.innerHTML = html;
  expect(element.textContent).toBe(text);
});

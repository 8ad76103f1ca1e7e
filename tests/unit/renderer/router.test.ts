import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute } from '../../../renderer/app/router';

describe('hash routes', () => {
  it.each([
    ['', { name: 'home' }],
    ['#/', { name: 'home' }],
    ['#/w/ws_abc', { name: 'workspace', workspaceId: 'ws_abc' }],
    ['#/w/ws_abc/', { name: 'workspace', workspaceId: 'ws_abc' }],
    ['#/w/ws_abc/d/doc_1', { name: 'document', workspaceId: 'ws_abc', documentId: 'doc_1' }],
    ['#/w/../../etc', { name: 'home' }],
    ['#/w/<script>', { name: 'home' }],
    ['#/w/' + 'x'.repeat(200), { name: 'home' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips', () => {
    const route = { name: 'document', workspaceId: 'ws_1', documentId: 'doc_2' } as const;
    expect(parseRoute(hrefFor(route))).toEqual(route);
  });
});

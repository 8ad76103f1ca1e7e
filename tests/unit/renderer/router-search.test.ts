import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute, type Route } from '../../../renderer/app/router';

describe('search and find routes', () => {
  it('reads the search query and a document opened at a passage', () => {
    expect(parseRoute('#/w/ws_1/search?q=steering%20committee')).toStrictEqual({
      name: 'workspace',
      workspaceId: 'ws_1',
      section: { name: 'search', query: 'steering committee' },
    });
    expect(parseRoute('#/w/ws_1/search')).toStrictEqual({ name: 'workspace', workspaceId: 'ws_1', section: { name: 'search', query: '' } });
    expect(parseRoute('#/w/ws_1/d/doc_2?find=budget&block=7')).toStrictEqual({
      name: 'document',
      workspaceId: 'ws_1',
      documentId: 'doc_2',
      find: { text: 'budget', block: 7 },
    });
    // A bad block number falls back to the first block; no find text, no find.
    expect(parseRoute('#/w/ws_1/d/doc_2?find=x&block=-3')).toMatchObject({ find: { text: 'x', block: 0 } });
    expect(parseRoute('#/w/ws_1/d/doc_2?block=3')).toStrictEqual({ name: 'document', workspaceId: 'ws_1', documentId: 'doc_2' });
  });

  it.each<Route>([
    { name: 'workspace', workspaceId: 'ws_1', section: { name: 'search', query: 'é & ?=#/مذكرة' } },
    { name: 'document', workspaceId: 'ws_1', documentId: 'doc_2', find: { text: 'a&b=c #x', block: 12 } },
    { name: 'document', workspaceId: 'ws_1', documentId: 'doc_2' },
  ])('round-trips %j', (route) => {
    expect(parseRoute(hrefFor(route))).toStrictEqual(route);
  });
});

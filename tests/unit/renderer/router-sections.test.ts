import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute, type Route } from '../../../renderer/app/router';

describe('workspace section routes', () => {
  it.each([
    ['#/w/ws_abc/profile', { name: 'workspace', workspaceId: 'ws_abc', section: { name: 'profile' } }],
    ['#/w/ws_abc/members', { name: 'workspace', workspaceId: 'ws_abc', section: { name: 'members' } }],
    ['#/w/ws_abc/members/', { name: 'workspace', workspaceId: 'ws_abc', section: { name: 'members' } }],
    ['#/w/ws_abc/members/person-01', { name: 'workspace', workspaceId: 'ws_abc', section: { name: 'member', memberId: 'person-01' } }],
    ['#/w/ws_abc/members/../x', { name: 'home' }],
    ['#/w/ws_abc/members/a/b', { name: 'home' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toStrictEqual(route);
  });

  it('leaves the overview route without a section', () => {
    expect(parseRoute('#/w/ws_abc')).toStrictEqual({ name: 'workspace', workspaceId: 'ws_abc' });
  });

  it.each<Route>([
    { name: 'workspace', workspaceId: 'ws_1', section: { name: 'profile' } },
    { name: 'workspace', workspaceId: 'ws_1', section: { name: 'members' } },
    { name: 'workspace', workspaceId: 'ws_1', section: { name: 'member', memberId: 'm_2' } },
  ])('round-trips %j', (route) => {
    expect(parseRoute(hrefFor(route))).toStrictEqual(route);
  });
});

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

describe('meeting, decision and action routes', () => {
  it.each([
    ['#/w/ws_1/meetings', { name: 'workspace', workspaceId: 'ws_1', section: { name: 'meetings' } }],
    ['#/w/ws_1/meetings/mtg_2', { name: 'workspace', workspaceId: 'ws_1', section: { name: 'meeting', meetingId: 'mtg_2' } }],
    ['#/w/ws_1/decisions', { name: 'workspace', workspaceId: 'ws_1', section: { name: 'decisions' } }],
    ['#/w/ws_1/decisions?put=1', { name: 'workspace', workspaceId: 'ws_1', section: { name: 'decisions', put: {} } }],
    [
      '#/w/ws_1/decisions?put=1&meeting=mtg_2&item=itm_3',
      { name: 'workspace', workspaceId: 'ws_1', section: { name: 'decisions', put: { meetingId: 'mtg_2', agendaItemId: 'itm_3' } } },
    ],
    // An item without its meeting, or an id with other characters, is dropped.
    ['#/w/ws_1/decisions?put=1&item=itm_3', { name: 'workspace', workspaceId: 'ws_1', section: { name: 'decisions', put: {} } }],
    ['#/w/ws_1/decisions?put=1&meeting=%3Cx%3E', { name: 'workspace', workspaceId: 'ws_1', section: { name: 'decisions', put: {} } }],
    ['#/w/ws_1/decisions/prop_4', { name: 'workspace', workspaceId: 'ws_1', section: { name: 'proposal', proposalId: 'prop_4' } }],
    ['#/w/ws_1/log', { name: 'workspace', workspaceId: 'ws_1', section: { name: 'log' } }],
    ['#/w/ws_1/log?entry=dec_5', { name: 'workspace', workspaceId: 'ws_1', section: { name: 'log', entry: 'dec_5' } }],
    ['#/w/ws_1/actions', { name: 'workspace', workspaceId: 'ws_1', section: { name: 'actions' } }],
    ['#/w/ws_1/actions?mine=1', { name: 'workspace', workspaceId: 'ws_1', section: { name: 'actions', mine: true } }],
    ['#/w/ws_1/meetings/a/b', { name: 'home' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toStrictEqual(route);
  });

  it.each<Route>([
    { name: 'workspace', workspaceId: 'ws_1', section: { name: 'meetings' } },
    { name: 'workspace', workspaceId: 'ws_1', section: { name: 'meeting', meetingId: 'm_1' } },
    { name: 'workspace', workspaceId: 'ws_1', section: { name: 'decisions', put: { meetingId: 'm_1', agendaItemId: 'i_2' } } },
    { name: 'workspace', workspaceId: 'ws_1', section: { name: 'proposal', proposalId: 'p_1' } },
    { name: 'workspace', workspaceId: 'ws_1', section: { name: 'log' } },
    { name: 'workspace', workspaceId: 'ws_1', section: { name: 'log', entry: 'dec_5' } },
    { name: 'workspace', workspaceId: 'ws_1', section: { name: 'actions', mine: true } },
  ])('round-trips %j', (route) => {
    expect(parseRoute(hrefFor(route))).toStrictEqual(route);
  });
});

describe('file, actor and map routes', () => {
  it.each<[string, Route]>([
    ['#/files', { name: 'files' }],
    ['#/w/ws_1/file', { name: 'workspace', workspaceId: 'ws_1', section: { name: 'file' } }],
    ['#/w/ws_1/actors', { name: 'workspace', workspaceId: 'ws_1', section: { name: 'actors' } }],
    ['#/w/ws_1/maps', { name: 'workspace', workspaceId: 'ws_1', section: { name: 'maps' } }],
    ['#/w/ws_1/maps/map_2', { name: 'workspace', workspaceId: 'ws_1', section: { name: 'map', mapId: 'map_2' } }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toStrictEqual(route);
    expect(parseRoute(hrefFor(route))).toStrictEqual(route);
  });
});

/**
 * Hash routes: they need no server support, so the same renderer works from
 * `app://` in the desktop shell and from the loopback host in the browser shell.
 */
import { useEffect, useState } from 'react';

/** A page of a workspace other than its overview; the workspace screen reads it from the route. */
export type WorkspaceSection =
  | { name: 'profile' }
  | { name: 'members' }
  | { name: 'member'; memberId: string }
  | { name: 'sharing' }
  | { name: 'search'; query: string }
  | { name: 'meetings' }
  | { name: 'meeting'; meetingId: string }
  /** `put`: open the "Put a proposal" dialog, from a meeting's agenda item when given. */
  | { name: 'decisions'; put?: ProposalOrigin }
  | { name: 'proposal'; proposalId: string }
  /** `entry`: scroll to and highlight one entry. */
  | { name: 'log'; entry?: string }
  | { name: 'actions'; mine?: boolean }
  /** The workspace's `.accord` file and its automatic backups. */
  | { name: 'file' }
  | { name: 'actors' }
  | { name: 'maps' }
  | { name: 'map'; mapId: string };

/** Where a proposal is put from: a meeting and one of its agenda items, or the decisions page (both absent). */
export interface ProposalOrigin {
  meetingId?: string;
  agendaItemId?: string;
}

/** A passage to show when a document opens (from a search result): the text and its block. */
export interface FindTarget {
  text: string;
  block: number;
}

export type Route =
  | { name: 'home' }
  /** Open a `.accord` file: recent files, the Accord folder, or one from elsewhere. */
  | { name: 'files' }
  | { name: 'workspace'; workspaceId: string; section?: WorkspaceSection }
  | { name: 'document'; workspaceId: string; documentId: string; find?: FindTarget };

const ID = '([A-Za-z0-9_-]{1,80})';
const WORKSPACE = new RegExp(`^#/w/${ID}/?$`);
const DOCUMENT = new RegExp(`^#/w/${ID}/d/${ID}/?(?:\\?(.*))?$`);
const PROFILE = new RegExp(`^#/w/${ID}/profile/?$`);
const MEMBERS = new RegExp(`^#/w/${ID}/members/?$`);
const MEMBER = new RegExp(`^#/w/${ID}/members/${ID}/?$`);
const SHARING = new RegExp(`^#/w/${ID}/sharing/?$`);
const SEARCH = new RegExp(`^#/w/${ID}/search/?(?:\\?(.*))?$`);
const MEETINGS = new RegExp(`^#/w/${ID}/meetings/?$`);
const MEETING = new RegExp(`^#/w/${ID}/meetings/${ID}/?$`);
const DECISIONS = new RegExp(`^#/w/${ID}/decisions/?(?:\\?(.*))?$`);
const PROPOSAL = new RegExp(`^#/w/${ID}/decisions/${ID}/?$`);
const LOG = new RegExp(`^#/w/${ID}/log/?(?:\\?(.*))?$`);
const ACTIONS = new RegExp(`^#/w/${ID}/actions/?(?:\\?(.*))?$`);
const FILE_SECTION = new RegExp(`^#/w/${ID}/file/?$`);
const ACTORS = new RegExp(`^#/w/${ID}/actors/?$`);
const MAPS = new RegExp(`^#/w/${ID}/maps/?$`);
const MAP = new RegExp(`^#/w/${ID}/maps/${ID}/?$`);
const SAFE_ID = /^[A-Za-z0-9_-]{1,80}$/;

function proposalOrigin(query: string | undefined): ProposalOrigin | undefined {
  const params = new URLSearchParams(query ?? '');
  if (params.get('put') !== '1') return undefined;
  const origin: ProposalOrigin = {};
  const meetingId = params.get('meeting');
  const agendaItemId = params.get('item');
  if (meetingId && SAFE_ID.test(meetingId)) origin.meetingId = meetingId;
  if (origin.meetingId && agendaItemId && SAFE_ID.test(agendaItemId)) origin.agendaItemId = agendaItemId;
  return origin;
}

function findTarget(query: string | undefined): FindTarget | undefined {
  const params = new URLSearchParams(query ?? '');
  const text = params.get('find');
  const block = Number(params.get('block') ?? 0);
  return text ? { text, block: Number.isInteger(block) && block >= 0 ? block : 0 } : undefined;
}

export function parseRoute(hash: string): Route {
  const documentMatch = DOCUMENT.exec(hash);
  if (documentMatch) {
    const find = findTarget(documentMatch[3]);
    return { name: 'document', workspaceId: documentMatch[1]!, documentId: documentMatch[2]!, ...(find ? { find } : {}) };
  }
  const workspaceMatch = WORKSPACE.exec(hash);
  if (workspaceMatch) return { name: 'workspace', workspaceId: workspaceMatch[1]! };
  const profileMatch = PROFILE.exec(hash);
  if (profileMatch) return { name: 'workspace', workspaceId: profileMatch[1]!, section: { name: 'profile' } };
  const membersMatch = MEMBERS.exec(hash);
  if (membersMatch) return { name: 'workspace', workspaceId: membersMatch[1]!, section: { name: 'members' } };
  const sharingMatch = SHARING.exec(hash);
  if (sharingMatch) return { name: 'workspace', workspaceId: sharingMatch[1]!, section: { name: 'sharing' } };
  const searchMatch = SEARCH.exec(hash);
  if (searchMatch) {
    const query = new URLSearchParams(searchMatch[2] ?? '').get('q') ?? '';
    return { name: 'workspace', workspaceId: searchMatch[1]!, section: { name: 'search', query } };
  }
  const meetingsMatch = MEETINGS.exec(hash);
  if (meetingsMatch) return { name: 'workspace', workspaceId: meetingsMatch[1]!, section: { name: 'meetings' } };
  const meetingMatch = MEETING.exec(hash);
  if (meetingMatch) return { name: 'workspace', workspaceId: meetingMatch[1]!, section: { name: 'meeting', meetingId: meetingMatch[2]! } };
  const decisionsMatch = DECISIONS.exec(hash);
  if (decisionsMatch) {
    const put = proposalOrigin(decisionsMatch[2]);
    return { name: 'workspace', workspaceId: decisionsMatch[1]!, section: { name: 'decisions', ...(put ? { put } : {}) } };
  }
  const proposalMatch = PROPOSAL.exec(hash);
  if (proposalMatch) return { name: 'workspace', workspaceId: proposalMatch[1]!, section: { name: 'proposal', proposalId: proposalMatch[2]! } };
  const logMatch = LOG.exec(hash);
  if (logMatch) {
    const entry = new URLSearchParams(logMatch[2] ?? '').get('entry');
    return { name: 'workspace', workspaceId: logMatch[1]!, section: { name: 'log', ...(entry && SAFE_ID.test(entry) ? { entry } : {}) } };
  }
  const actionsMatch = ACTIONS.exec(hash);
  if (actionsMatch) {
    const mine = new URLSearchParams(actionsMatch[2] ?? '').get('mine') === '1';
    return { name: 'workspace', workspaceId: actionsMatch[1]!, section: { name: 'actions', ...(mine ? { mine } : {}) } };
  }
  const fileMatch = FILE_SECTION.exec(hash);
  if (fileMatch) return { name: 'workspace', workspaceId: fileMatch[1]!, section: { name: 'file' } };
  const actorsMatch = ACTORS.exec(hash);
  if (actorsMatch) return { name: 'workspace', workspaceId: actorsMatch[1]!, section: { name: 'actors' } };
  const mapsMatch = MAPS.exec(hash);
  if (mapsMatch) return { name: 'workspace', workspaceId: mapsMatch[1]!, section: { name: 'maps' } };
  const mapMatch = MAP.exec(hash);
  if (mapMatch) return { name: 'workspace', workspaceId: mapMatch[1]!, section: { name: 'map', mapId: mapMatch[2]! } };
  if (/^#\/files\/?$/.test(hash)) return { name: 'files' };
  const memberMatch = MEMBER.exec(hash);
  if (memberMatch) return { name: 'workspace', workspaceId: memberMatch[1]!, section: { name: 'member', memberId: memberMatch[2]! } };
  return { name: 'home' };
}

function sectionPath(section: WorkspaceSection | undefined): string {
  if (!section) return '';
  switch (section.name) {
    case 'profile':
      return '/profile';
    case 'members':
      return '/members';
    case 'member':
      return `/members/${section.memberId}`;
    case 'sharing':
      return '/sharing';
    case 'search':
      return `/search?${new URLSearchParams({ q: section.query }).toString()}`;
    case 'meetings':
      return '/meetings';
    case 'meeting':
      return `/meetings/${section.meetingId}`;
    case 'decisions': {
      if (!section.put) return '/decisions';
      const params = new URLSearchParams({ put: '1' });
      if (section.put.meetingId) params.set('meeting', section.put.meetingId);
      if (section.put.meetingId && section.put.agendaItemId) params.set('item', section.put.agendaItemId);
      return `/decisions?${params.toString()}`;
    }
    case 'proposal':
      return `/decisions/${section.proposalId}`;
    case 'log':
      return section.entry ? `/log?${new URLSearchParams({ entry: section.entry }).toString()}` : '/log';
    case 'actions':
      return section.mine ? '/actions?mine=1' : '/actions';
    case 'file':
      return '/file';
    case 'actors':
      return '/actors';
    case 'maps':
      return '/maps';
    case 'map':
      return `/maps/${section.mapId}`;
  }
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'files':
      return '#/files';
    case 'workspace':
      return `#/w/${route.workspaceId}${sectionPath(route.section)}`;
    case 'document':
      return `#/w/${route.workspaceId}/d/${route.documentId}${route.find ? `?${new URLSearchParams({ find: route.find.text, block: String(route.find.block) }).toString()}` : ''}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

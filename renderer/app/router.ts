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
  | { name: 'search'; query: string };

/** A passage to show when a document opens (from a search result): the text and its block. */
export interface FindTarget {
  text: string;
  block: number;
}

export type Route =
  | { name: 'home' }
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
  }
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
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

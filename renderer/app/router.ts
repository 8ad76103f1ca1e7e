/**
 * Hash routes: they need no server support, so the same renderer works from
 * `app://` in the desktop shell and from the loopback host in the browser shell.
 */
import { useEffect, useState } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'workspace'; workspaceId: string }
  | { name: 'document'; workspaceId: string; documentId: string };

const ID = '([A-Za-z0-9_-]{1,80})';
const WORKSPACE = new RegExp(`^#/w/${ID}/?$`);
const DOCUMENT = new RegExp(`^#/w/${ID}/d/${ID}/?$`);

export function parseRoute(hash: string): Route {
  const documentMatch = DOCUMENT.exec(hash);
  if (documentMatch) return { name: 'document', workspaceId: documentMatch[1]!, documentId: documentMatch[2]! };
  const workspaceMatch = WORKSPACE.exec(hash);
  if (workspaceMatch) return { name: 'workspace', workspaceId: workspaceMatch[1]! };
  return { name: 'home' };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'workspace':
      return `#/w/${route.workspaceId}`;
    case 'document':
      return `#/w/${route.workspaceId}/d/${route.documentId}`;
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

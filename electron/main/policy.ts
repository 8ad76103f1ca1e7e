/**
 * The desktop shell's security decisions as pure functions, so each is
 * table-tested without Electron; `security.ts` only wires them to events.
 */
import { contentSecurityPolicy } from '../../shared/security/content-security-policy';
import { DESKTOP_APP_ORIGIN, isAppUrl, isSafeExternalUrl } from '../../shared/security/trusted-urls';

const APP_ORIGINS = [DESKTOP_APP_ORIGIN] as const;

/**
 * Web permissions the app's own pages may use. Empty on purpose: Accord needs no
 * camera, microphone, location, notifications or devices. Adding one here is a
 * reviewed decision, not a default.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set<string>();

/** Grants a permission only when it is listed and the page asking is the app's. */
export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl, APP_ORIGINS);
}

export type NavigationDecision = 'allow' | 'open-externally' | 'deny';

/**
 * A frame may only navigate within the app. A top-level attempt to go to a safe
 * outside link (a link the user clicked) opens it in their browser instead.
 */
export function navigationDecision(url: string, isMainFrame: boolean): NavigationDecision {
  if (isAppUrl(url, APP_ORIGINS)) return 'allow';
  return isMainFrame && isSafeExternalUrl(url) ? 'open-externally' : 'deny';
}

/** The app never opens a second Electron window; safe links go to the user's browser. */
export function windowOpenDecision(url: string): Exclude<NavigationDecision, 'allow'> {
  return isSafeExternalUrl(url) ? 'open-externally' : 'deny';
}

/**
 * The policy the `app://` pages are served with. Members type the address of any
 * relay (on the local network or the Internet), known only at run time, so every
 * ws/wss endpoint may be connected to; everything else stays the strict default.
 */
export function desktopContentSecurityPolicy(): string {
  return contentSecurityPolicy({ connectSrc: ['ws:', 'wss:'] });
}

/** The headers every browser-shell response carries, whatever its status. */
import { contentSecurityPolicy } from '../../shared/security/content-security-policy';

export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy({
      // The bridge socket on this port, and any relay a member types (LAN or Internet): a
      // relay's address is only known at run time, so the schemes are allowed, not hosts.
      connectSrc: ['ws:', 'wss:'],
    }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}

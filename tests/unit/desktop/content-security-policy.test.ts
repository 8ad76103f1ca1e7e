import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../shared/security/content-security-policy';
import { desktopContentSecurityPolicy } from '../../../electron/main/policy';
import { securityHeaders } from '../../../electron/web/security-headers';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

describe('contentSecurityPolicy', () => {
  it('is strict by default', () => {
    const policy = directives(contentSecurityPolicy({ connectSrc: [] }));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it('never allows inline or evaluated scripts', () => {
    const policy = contentSecurityPolicy({ connectSrc: ['wss://relay.example.org'] });
    expect(directives(policy).get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain("'unsafe-eval'");
  });

  it('adds the given connect sources after the app itself, once each', () => {
    const policy = directives(
      contentSecurityPolicy({ connectSrc: ['ws://127.0.0.1:4317', 'wss://relay.example.org', 'ws://127.0.0.1:4317', "'self'"] }),
    );
    expect(policy.get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:4317', 'wss://relay.example.org']);
  });

  it('has one entry per directive', () => {
    const policy = contentSecurityPolicy({ connectSrc: [] });
    const names = policy.split('; ').map((part) => part.split(' ')[0]);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each([
    'wss://relay.example.org; script-src *',
    'ws://a ws://b',
    "'unsafe-eval'",
    "'unsafe-inline'",
    'https://a,https://b',
    'https://a\nscript-src *',
    '"quoted"',
    '',
  ])('refuses a source that could change the policy: %j', (source) => {
    expect(() => contentSecurityPolicy({ connectSrc: [source] })).toThrow(/Unsafe/);
  });
});

describe("the shells' policies", () => {
  const strict = directives(contentSecurityPolicy({ connectSrc: [] }));
  const shells: [string, string][] = [
    ['desktop', desktopContentSecurityPolicy()],
    ['browser', securityHeaders()['Content-Security-Policy']!],
  ];

  it.each(shells)('%s: may open WebSockets to any relay a member types, and fetch nothing else', (_shell, policy) => {
    expect(directives(policy).get('connect-src')).toEqual(["'self'", 'ws:', 'wss:']);
  });

  it.each(shells)('%s: every other directive is the strict default', (_shell, policy) => {
    const parsed = directives(policy);
    expect([...parsed.keys()]).toEqual([...strict.keys()]);
    for (const [name, sources] of strict) if (name !== 'connect-src') expect(parsed.get(name), name).toEqual(sources);
  });
});

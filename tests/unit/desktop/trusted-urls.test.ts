import { describe, expect, it } from 'vitest';
import {
  browserShellOrigins,
  DESKTOP_APP_ORIGIN,
  isAppUrl,
  isLoopbackHost,
  isSafeExternalUrl,
} from '../../../shared/security/trusted-urls';

const desktop = [DESKTOP_APP_ORIGIN];
const browser = browserShellOrigins(4317);

describe('isAppUrl', () => {
  it.each([
    ['app://accord/index.html', desktop, true],
    ['app://accord/', desktop, true],
    ['app://accord', desktop, true],
    ['app://accord/assets/index-abc123.js?v=1#top', desktop, true],
    ['app://accord.evil/', desktop, false],
    ['app://accord.evil/index.html', desktop, false],
    ['app://evil/', desktop, false],
    ['app://evil.accord/', desktop, false],
    ['app://accord:1234/', desktop, false],
    ['app://user@accord/', desktop, false],
    ['app://user:pw@accord/', desktop, false],
    ['app:accord/index.html', desktop, false],
    ['apps://accord/', desktop, false],
    ['file:///etc/passwd', desktop, false],
    ['file://accord/index.html', desktop, false],
    ['https://accord/', desktop, false],
    ['javascript:alert(1)', desktop, false],
    ['data:text/html,<script>alert(1)</script>', desktop, false],
    ['about:blank', desktop, false],
    ['', desktop, false],
    ['not a url', desktop, false],
    ['http://127.0.0.1:4317/', browser, true],
    ['http://localhost:4317/index.html', browser, true],
    ['http://127.0.0.1:4317@evil.com/', browser, false],
    ['http://evil.com#@127.0.0.1:4317/', browser, false],
    ['http://127.0.0.1:4318/', browser, false],
    ['http://127.0.0.1/', browser, false],
    ['https://127.0.0.1:4317/', browser, false],
    ['ws://127.0.0.1:4317/', browser, false],
    ['http://127.0.0.1.evil.com:4317/', browser, false],
    ['http://user:pw@127.0.0.1:4317/', browser, false],
    ['app://accord/index.html', browser, false],
    ['http://127.0.0.1:4317/', desktop, false],
    ['app://accord/index.html', [], false],
  ] as const)('%s with %j → %s', (url, origins, expected) => {
    expect(isAppUrl(url, origins)).toBe(expected);
  });
});

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://www.drc.ngo/diaspora', true],
    ['https://example.org', true],
    ['HTTPS://EXAMPLE.ORG/Path?q=1#x', true],
    ['https://example.org:8443/a', true],
    ['mailto:a@b.org', true],
    ['mailto:a@b.org?subject=Minutes', true],
    ['mailto:', false],
    ['http://example.org', false],
    ['https://user:pw@x', false],
    ['https://user@example.org/', false],
    ['https://', false],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    ['file:///etc/passwd', false],
    ['file://server/share', false],
    ['data:text/html,hi', false],
    ['blob:https://example.org/1234', false],
    ['app://accord/index.html', false],
    ['ftp://example.org', false],
    ['smb://server/share', false],
    ['ms-msdt:/id', false],
    ['tel:+3212345678', false],
    ['//example.org', false],
    ['example.org', false],
    ['', false],
  ] as const)('%s → %s', (url, expected) => {
    expect(isSafeExternalUrl(url)).toBe(expected);
  });
});

describe('isLoopbackHost', () => {
  it.each([
    ['127.0.0.1:4317', true],
    ['localhost:4317', true],
    ['127.0.0.1:4318', false],
    ['127.0.0.1', false],
    ['localhost', false],
    ['evil.com:4317', false],
    ['127.0.0.1.evil.com:4317', false],
    ['localhost.evil.com:4317', false],
    ['LOCALHOST:4317', false],
    ['[::1]:4317', false],
    ['0.0.0.0:4317', false],
    ['127.0.0.1:4317 ', false],
    ['', false],
    [undefined, false],
  ] as const)('%j → %s', (host, expected) => {
    expect(isLoopbackHost(host, 4317)).toBe(expected);
  });
});

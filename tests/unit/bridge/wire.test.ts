import { describe, expect, it } from 'vitest';
import { MAX_CHANNEL_LENGTH, parseClientFrame, parseServerFrame } from '../../../shared/ipc/wire';

describe('parseClientFrame', () => {
  it('accepts a well-formed call, with and without args', () => {
    expect(parseClientFrame('{"t":"call","id":1,"channel":"app:get-info"}')).toEqual({
      t: 'call',
      id: 1,
      channel: 'app:get-info',
    });
    expect(parseClientFrame('{"t":"call","id":0,"channel":"settings:update","args":{"theme":"dark"}}')).toEqual({
      t: 'call',
      id: 0,
      channel: 'settings:update',
      args: { theme: 'dark' },
    });
  });

  it('keeps only the known fields', () => {
    const frame = parseClientFrame('{"t":"call","id":2,"channel":"x","extra":true}');
    expect(frame).toEqual({ t: 'call', id: 2, channel: 'x' });
    expect(frame && 'extra' in frame).toBe(false);
  });

  it.each([
    ['empty text', ''],
    ['not JSON', 'hello'],
    ['truncated JSON', '{"t":"call","id":1,'],
    ['binary garbage', '\u0000\u00ff\ufffd'],
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"call"'],
    ['an array', '[{"t":"call","id":1,"channel":"app:get-info"}]'],
    ['missing t', '{"id":1,"channel":"app:get-info"}'],
    ['wrong t', '{"t":"result","id":1,"channel":"app:get-info"}'],
    ['missing id', '{"t":"call","channel":"app:get-info"}'],
    ['string id', '{"t":"call","id":"1","channel":"app:get-info"}'],
    ['negative id', '{"t":"call","id":-1,"channel":"app:get-info"}'],
    ['fractional id', '{"t":"call","id":1.5,"channel":"app:get-info"}'],
    ['huge id', '{"t":"call","id":1e300,"channel":"app:get-info"}'],
    ['unsafe integer id', `{"t":"call","id":${Number.MAX_SAFE_INTEGER + 2},"channel":"app:get-info"}`],
    ['missing channel', '{"t":"call","id":1}'],
    ['non-string channel', '{"t":"call","id":1,"channel":["app:get-info"]}'],
    ['empty channel', '{"t":"call","id":1,"channel":""}'],
    ['over-long channel', `{"t":"call","id":1,"channel":"${'a'.repeat(MAX_CHANNEL_LENGTH + 1)}"}`],
  ])('refuses %s', (_name, text) => {
    expect(parseClientFrame(text)).toBeNull();
  });

  it.each([
    ['__proto__ at the top', '{"t":"call","id":1,"channel":"settings:update","__proto__":{"polluted":true}}'],
    ['__proto__ in args', '{"t":"call","id":1,"channel":"settings:update","args":{"__proto__":{"polluted":true}}}'],
    ['constructor deep in args', '{"t":"call","id":1,"channel":"c","args":{"a":[{"constructor":{"prototype":{}}}]}}'],
    ['prototype in args', '{"t":"call","id":1,"channel":"c","args":{"prototype":1}}'],
  ])('refuses prototype-pollution keys: %s', (_name, text) => {
    expect(parseClientFrame(text)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not throw on deeply nested input', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(() => parseClientFrame(`{"t":"call","id":1,"channel":"c","args":${deep}}`)).not.toThrow();
    expect(parseClientFrame('['.repeat(200_000))).toBeNull();
  });

  it('refuses a non-string input at run time', () => {
    expect(parseClientFrame(undefined as unknown as string)).toBeNull();
    expect(parseClientFrame({ t: 'call' } as unknown as string)).toBeNull();
  });
});

describe('parseServerFrame', () => {
  it('accepts result frames, ok and failed', () => {
    expect(parseServerFrame('{"t":"result","id":3,"result":{"ok":true,"value":null}}')).toEqual({
      t: 'result',
      id: 3,
      result: { ok: true, value: null },
    });
    const failed = '{"t":"result","id":4,"result":{"ok":false,"error":{"code":"internal","message":"x"}}}';
    expect(parseServerFrame(failed)).toEqual({ t: 'result', id: 4, result: { ok: false, error: { code: 'internal', message: 'x' } } });
  });

  it('accepts events of the contract only', () => {
    expect(parseServerFrame('{"t":"event","event":"settings:changed","payload":{"locale":null,"theme":"dark"}}')).toEqual({
      t: 'event',
      event: 'settings:changed',
      payload: { locale: null, theme: 'dark' },
    });
    expect(parseServerFrame('{"t":"event","event":"nope","payload":1}')).toBeNull();
    expect(parseServerFrame('{"t":"event","event":"settings:changed"}')).toBeNull();
  });

  it.each([
    ['not JSON', '{'],
    ['an array', '[]'],
    ['unknown t', '{"t":"call","id":1,"channel":"x"}'],
    ['result without result', '{"t":"result","id":1}'],
    ['result with a bad id', '{"t":"result","id":"1","result":{"ok":true,"value":1}}'],
    ['ok result without value', '{"t":"result","id":1,"result":{"ok":true}}'],
    ['error without code', '{"t":"result","id":1,"result":{"ok":false,"error":{"message":"x"}}}'],
    ['forbidden key', '{"t":"result","id":1,"result":{"ok":true,"value":{"__proto__":{}}}}'],
  ])('refuses %s', (_name, text) => {
    expect(parseServerFrame(text)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../../electron/relay/target';

describe('relay target parsing', () => {
  it('takes the last two segments as space/doc and one segment as its own space', () => {
    expect(parseTarget('/ws_1/doc_2?token=t&proto=accord1&mode=sealed')).toEqual({
      space: 'ws_1',
      room: 'ws_1/doc_2',
      token: 't',
      extended: true,
      mode: 'sealed',
    });
    expect(parseTarget('/prefix/deeper/ws_1/doc_2')).toMatchObject({ space: 'ws_1', room: 'ws_1/doc_2', extended: false, mode: 'plain' });
    expect(parseTarget('/solo')).toEqual({ space: 'solo', room: 'solo', token: null, extended: false, mode: 'plain' });
    expect(parseTarget('/caf%C3%A9/x?token=')).toMatchObject({ space: 'café', room: 'café/x', token: null });
  });

  it('refuses what it cannot serve', () => {
    for (const url of ['/', '/a%2Fb', '/x/a%2Fb', '/%E0%A4%A', `/${'x'.repeat(257)}`, '/a?mode=weird', '/a?mode=sealed']) {
      expect(parseTarget(url), url).toHaveProperty('error');
    }
  });
});

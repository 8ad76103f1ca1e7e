import { describe, expect, it } from 'vitest';
import { formatTypedNumber, parseTypedNumber } from '../../../shared/model/numbers';

describe('typed numbers', () => {
  it.each([
    ['5', 5],
    [' 66.67 ', 66.67],
    ['66,67', 66.67],
    ['٦٦٫٦٧', 66.67],
    ['۷۵', 75],
    ['50 %', 50],
    ['.5', 0.5],
  ])('reads %j as %s', (text, value) => {
    expect(parseTypedNumber(text)).toBe(value);
  });

  it.each(['', 'abc', '5 members', '1.2.3', '--3'])('reads %j as not a number', (text) => {
    expect(parseTypedNumber(text)).toBeNaN();
  });

  it('writes a decimal comma where the language uses one', () => {
    expect(formatTypedNumber(66.67, true)).toBe('66,67');
    expect(formatTypedNumber(66.67, false)).toBe('66.67');
    expect(formatTypedNumber(Number.NaN, false)).toBe('');
  });
});

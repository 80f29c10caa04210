import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseCoding, CODINGS, type Coding } from './accept-encoding.ts';

const ALL = CODINGS;
const PLAIN_ONLY: Coding[] = ['identity'];

describe('chooseCoding', () => {
  it.each([
    // [Accept-Encoding, expected with br, gzip and identity available]
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br', 'br'],
    ['BR', 'br'],
    ['x-gzip', 'gzip'],
    ['gzip;q=1.0, br;q=0.5', 'gzip'],
    ['gzip;q=0.5, br;q=0.5', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['gzip;q=0.001', 'gzip'],
    ['*', 'br'],
    ['*;q=0.5, gzip;q=0.6', 'gzip'],
    ['identity', 'identity'],
    ['identity;q=1, br;q=0.9', 'identity'],
    ['identity;q=0, gzip;q=0.1', 'gzip'],
    ['*;q=0', 'identity'], // nothing acceptable: identity anyway
    ['deflate, zstd', 'identity'],
    [' br ; q = 0.8 , gzip ; q = 0.9 ', 'gzip'],
    ['gzip;level=9', 'gzip'],
  ] as const)('%j → %s', (header, expected) => {
    expect(chooseCoding(header, ALL)).toBe(expected);
  });

  it.each([
    ['br;q=2', 'weight above 1'],
    ['br;q=1.5', 'weight above 1'],
    ['br;q=-1', 'negative weight'],
    ['br;q=abc', 'not a number'],
    ['br;q=0.12345', 'more than three decimals'],
    ['br;q=', 'empty weight'],
    ['br;q=1e0', 'exponent notation'],
    ['br;q=0x1', 'hexadecimal'],
    ['br;q=Infinity', 'Infinity'],
    ['br;q=NaN', 'NaN'],
  ])('drops an entry with an invalid weight (%s: %s) instead of guessing', (header) => {
    expect(chooseCoding(header, ALL)).toBe('identity');
    expect(chooseCoding(`${header}, gzip;q=0.2`, ALL)).toBe('gzip');
  });

  it('takes the first of a coding named twice', () => {
    expect(chooseCoding('br;q=0, br;q=1, gzip;q=0.1', ALL)).toBe('gzip');
  });

  it('never offers a coding that is not available', () => {
    expect(chooseCoding('br', ['gzip', 'identity'])).toBe('identity');
    expect(chooseCoding('br, gzip', PLAIN_ONLY)).toBe('identity');
    expect(chooseCoding('*', ['gzip', 'identity'])).toBe('gzip');
  });

  it.each([
    [',,,,', 'commas only'],
    [';;;q=1', 'no coding name'],
    ['\u0000br\u0000', 'control characters'],
    ['bŕ, gżip', 'look-alike letters'],
    [`${'x, '.repeat(10_000)}br`, 'thousands of entries (br past the parsed ones)'],
    ['br;q=1;q=0', 'two weights'],
  ])('survives a hostile header (%s)', (header) => {
    expect(CODINGS).toContain(chooseCoding(header, ALL));
  });

  it('answers every string with an available coding and never throws', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.subarray([...ALL], { minLength: 1 }),
        (header, available) => {
          const coding = chooseCoding(header, available);
          return coding === 'identity' || available.includes(coding);
        },
      ),
      { seed: 20261128, numRuns: 2_000 },
    );
  });
});

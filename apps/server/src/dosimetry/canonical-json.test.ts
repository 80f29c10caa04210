import { describe, expect, it } from 'vitest';
import { checksumOf } from './canonical-json.ts';

describe('canonical JSON', () => {
  it('gives the same checksum whatever the key order, and a different one for other data', () => {
    expect(checksumOf({ a: 1, b: [1, 2] })).toBe(checksumOf({ b: [1, 2], a: 1 }));
    expect(checksumOf({ a: 1, b: [1, 2] })).not.toBe(checksumOf({ a: 1, b: [2, 1] }));
    expect(checksumOf({ a: 1 })).toMatch(/^[0-9a-f]{64}$/);
  });
});

import { describe, expect, it } from 'vitest';
import { checksumOf } from './model-checksum.ts';

describe('checksumOf', () => {
  it('is the sha256 of the canonical text, in hex', async () => {
    // sha256("\"abc\"") — the canonical JSON of the string abc is the quoted text.
    const direct = await crypto.subtle.digest('SHA-256', new TextEncoder().encode('"abc"'));
    const hex = Array.from(new Uint8Array(direct), (b) => b.toString(16).padStart(2, '0')).join('');
    expect(await checksumOf('abc')).toBe(hex);
    // Key order does not change the checksum; a value does.
    expect(await checksumOf({ b: 1, a: 2 })).toBe(await checksumOf({ a: 2, b: 1 }));
    expect(await checksumOf({ a: 2, b: 1 })).not.toBe(await checksumOf({ a: 2, b: 1.5 }));
  });
});

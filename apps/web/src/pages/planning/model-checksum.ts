import { canonicalJson } from '@openiort/contract';

/**
 * The server's model checksum (apps/server canonical-json.ts), computed again in the browser over
 * the same canonical JSON so the preview and the isodose plot only use the browser's copy of a
 * model when it is the same data the server computes with.
 */

/**
 * sha256 (hex) of the canonical JSON; null where the browser offers no SubtleCrypto (it does only
 * in secure contexts: HTTPS or localhost).
 */
export async function checksumOf(value: unknown): Promise<string | null> {
  const subtle = (globalThis.crypto as Partial<Crypto> | undefined)?.subtle;
  if (subtle === undefined) return null;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(value)));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

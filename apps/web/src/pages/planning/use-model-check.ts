import type { SourceModel } from '@openiort/dosimetry';
import { useEffect, useState } from 'react';
import { checksumOf } from './model-checksum.ts';

/**
 * Whether the browser's copy of a model is the data the server uses: 'same', 'different',
 * 'unverified' (no SubtleCrypto here) or 'checking'.
 */
export type ModelCheck = 'same' | 'different' | 'unverified' | 'checking';

const cache = new WeakMap<SourceModel, Promise<string | null>>();

/** Compares the model's checksum with the server's for it (computed once per model). */
export function useModelCheck(
  model: SourceModel | undefined,
  expected: string | undefined,
): ModelCheck {
  const [result, setResult] = useState<{ model: SourceModel; checksum: string | null } | null>(
    null,
  );
  useEffect(() => {
    if (model === undefined) return;
    let current = true;
    let pending = cache.get(model);
    if (pending === undefined) {
      pending = checksumOf(model);
      cache.set(model, pending);
    }
    void pending.then((checksum) => {
      if (current) setResult({ model, checksum });
    });
    return () => {
      current = false;
    };
  }, [model]);
  if (model === undefined || expected === undefined) return 'unverified';
  if (result?.model !== model) return 'checking';
  if (result.checksum === null) return 'unverified';
  return result.checksum === expected ? 'same' : 'different';
}

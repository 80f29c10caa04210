import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';
import { shouldRetry } from './query-client.ts';

describe('shouldRetry', () => {
  it('retries network and server failures once', () => {
    expect(shouldRetry(0, new ApiError(0, 'network-error', 'x'))).toBe(true);
    expect(shouldRetry(0, new ApiError(503, 'database-unavailable', 'x'))).toBe(true);
    expect(shouldRetry(1, new ApiError(503, 'database-unavailable', 'x'))).toBe(false);
  });

  it('never retries what the server refused on purpose', () => {
    expect(shouldRetry(0, new ApiError(401, 'unauthenticated', 'x'))).toBe(false);
    expect(shouldRetry(0, new ApiError(409, 'version-conflict', 'x'))).toBe(false);
    expect(shouldRetry(0, new Error('x'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { ApiError, apiErrorFromResponse, errorMessage, isUnauthenticated } from './api-error.ts';

describe('apiErrorFromResponse', () => {
  it('reads a problem+json body: code, detail, field errors and extensions', () => {
    const error = apiErrorFromResponse(409, {
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      code: 'version-conflict',
      detail: 'Someone else saved this patient first.',
      currentVersion: 4,
    });
    expect(error.status).toBe(409);
    expect(error.code).toBe('version-conflict');
    expect(error.detail).toBe('Someone else saved this patient first.');
    expect(error.fieldErrors).toEqual([]);
    expect(error.body.currentVersion).toBe(4);
  });

  it('keeps the field errors of a validation problem', () => {
    const error = apiErrorFromResponse(400, {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      code: 'validation-failed',
      detail: 'Some fields are not valid.',
      errors: [{ path: 'mrn', message: 'MRN is required' }],
    });
    expect(error.fieldErrors).toEqual([{ path: 'mrn', message: 'MRN is required' }]);
  });

  it('falls back to a readable message for a body that is not a problem', () => {
    const error = apiErrorFromResponse(502, undefined);
    expect(error.code).toBe('unexpected-response');
    expect(error.detail).toContain('HTTP 502');
  });

  it('uses the detail of a problem-like body with an unknown code', () => {
    const error = apiErrorFromResponse(418, { code: 'teapot', detail: 'Short and stout.' });
    expect(error.code).toBe('unexpected-response');
    expect(error.detail).toBe('Short and stout.');
  });
});

describe('helpers', () => {
  it('recognises 401 as "not signed in"', () => {
    expect(isUnauthenticated(new ApiError(401, 'unauthenticated', 'x'))).toBe(true);
    expect(isUnauthenticated(new ApiError(403, 'forbidden', 'x'))).toBe(false);
    // A wrong password re-entered to sign leaves the session as it was.
    expect(isUnauthenticated(new ApiError(401, 'invalid-credentials', 'x'))).toBe(false);
    expect(isUnauthenticated(new Error('x'))).toBe(false);
  });

  it('says something for any error', () => {
    expect(errorMessage(new ApiError(404, 'not-found', 'No such patient.'))).toBe(
      'No such patient.',
    );
    expect(errorMessage('Plain words.')).toBe('Plain words.');
    expect(errorMessage(42)).toMatch(/went wrong/);
  });
});

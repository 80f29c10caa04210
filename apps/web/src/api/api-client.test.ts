import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiRequest, buildUrl } from './api-client.ts';
import { ApiError } from './api-error.ts';

describe('buildUrl', () => {
  it('leaves out unset and empty values', () => {
    expect(buildUrl('/api/patients', { q: '', limit: 25, offset: 0, x: undefined })).toBe(
      '/api/patients?limit=25&offset=0',
    );
    expect(buildUrl('/api/patients')).toBe('/api/patients');
  });

  it('encodes values', () => {
    expect(buildUrl('/api/patients', { q: 'Dörte & co' })).toBe(
      '/api/patients?q=D%C3%B6rte+%26+co',
    );
  });
});

describe('apiRequest', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends JSON with the session cookie and parses the answer', async () => {
    const fetchMock = vi.fn(() =>
      Promise.resolve(new Response(JSON.stringify({ id: 'p1' }), { status: 201 })),
    );
    vi.stubGlobal('fetch', fetchMock);
    const result = await apiRequest<{ id: string }>('/api/patients', {
      method: 'POST',
      body: { mrn: 'TEST-1' },
    });
    expect(result).toEqual({ id: 'p1' });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/patients');
    expect(init.credentials).toBe('same-origin');
    expect(init.body).toBe('{"mrn":"TEST-1"}');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('resolves undefined for 204', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(null, { status: 204 })));
    await expect(apiRequest('/api/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
  });

  it('rejects with the problem as an ApiError', async () => {
    const problem = {
      type: 'about:blank',
      title: 'Unauthorized',
      status: 401,
      code: 'invalid-credentials',
      detail: 'Wrong email or password.',
    };
    vi.stubGlobal('fetch', () =>
      Promise.resolve(new Response(JSON.stringify(problem), { status: 401 })),
    );
    const error: unknown = await apiRequest('/api/auth/login').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('invalid-credentials');
  });

  it('turns a network failure into a network-error ApiError', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const error: unknown = await apiRequest('/api/health').catch((e: unknown) => e);
    expect((error as ApiError).code).toBe('network-error');
    expect((error as ApiError).status).toBe(0);
  });
});

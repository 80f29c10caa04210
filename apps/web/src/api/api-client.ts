import { ApiError, apiErrorFromResponse } from './api-error.ts';

export type QueryValue = string | number | undefined | null;

/** `/api/x` plus the query string of the values that are set (empty strings are left out). */
export function buildUrl(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search === '' ? path : `${path}?${search}`;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Calls the OpenIORT API on the same origin with the session cookie. Resolves with the parsed JSON
 * body (undefined for 204) and rejects with an ApiError carrying the problem+json.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: RequestInit = {
    method: options.method ?? 'GET',
    credentials: 'same-origin',
    headers,
  };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), init);
  } catch {
    throw new ApiError(
      0,
      'network-error',
      'OpenIORT could not reach the server. Check the network connection and try again.',
    );
  }
  const body = await readJson(response);
  if (!response.ok) throw apiErrorFromResponse(response.status, body);
  return body as T;
}

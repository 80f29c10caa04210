import * as client from 'openid-client';
import type { OidcSettings } from './oidc-settings.ts';

/** Discovery is retried at most this often while the provider cannot be reached. */
const RETRY_MS = 10_000;

export type Discovery =
  { kind: 'ready'; configuration: client.Configuration } | { kind: 'unavailable'; reason: string };

export interface OidcClient {
  settings: OidcSettings;
  /** The provider's configuration, read once; on failure tried again later, never cached. */
  discover: () => Promise<Discovery>;
}

/**
 * The provider is read at start, and again at the next sign-in if it could not be reached then:
 * an identity provider that is down must not stop OpenIORT starting, because the break-glass
 * administrator still signs in with a password (ADR 0012).
 */
export function createOidcClient(settings: OidcSettings): OidcClient {
  let ready: client.Configuration | null = null;
  let lastFailure: { at: number; reason: string } | null = null;
  let pending: Promise<Discovery> | null = null;

  const attempt = async (): Promise<Discovery> => {
    try {
      const insecure = new URL(settings.issuer).protocol === 'http:';
      ready = await client.discovery(
        new URL(settings.issuer),
        settings.clientId,
        { redirect_uris: [settings.redirectUrl], response_types: ['code'] },
        client.ClientSecretBasic(settings.clientSecret),
        // http:// is accepted by the settings only for a provider on the loopback interface.
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- deprecated only as a warning sign
        { timeout: 10, ...(insecure ? { execute: [client.allowInsecureRequests] } : {}) },
      );
      lastFailure = null;
      return { kind: 'ready', configuration: ready };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      lastFailure = { at: Date.now(), reason };
      return { kind: 'unavailable', reason };
    }
  };

  return {
    settings,
    discover: () => {
      if (ready !== null) return Promise.resolve({ kind: 'ready', configuration: ready });
      if (lastFailure !== null && Date.now() - lastFailure.at < RETRY_MS)
        return Promise.resolve({ kind: 'unavailable', reason: lastFailure.reason });
      pending ??= attempt().finally(() => {
        pending = null;
      });
      return pending;
    },
  };
}

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

/** A person known to the test identity provider; tests change `groups` between sign-ins. */
export interface ProviderAccount {
  email: string;
  name: string;
  groups: string[];
}

export const TEST_CLIENT_ID = 'openiort-test';
export const TEST_CLIENT_SECRET = 'a client secret for the test provider only';

export interface TestProvider {
  issuer: string;
  accounts: Map<string, ProviderAccount>;
  close: () => Promise<void>;
}

/**
 * A real OpenID provider (the `oidc-provider` package) on a random loopback port, with one
 * confidential client for OpenIORT. Its development login form takes any password: the tests
 * are about what OpenIORT does with the provider's answers, not about the provider's passwords.
 * Consent is granted automatically, as hospital providers do for their own applications.
 */
export async function startTestProvider(options: {
  redirectUrl: string;
  postLogoutRedirectUrl: string;
  accounts: Record<string, ProviderAccount>;
}): Promise<TestProvider> {
  const accounts = new Map(Object.entries(options.accounts));
  let handler: http.RequestListener = (_req, res) => res.writeHead(503).end();
  const server = http.createServer((req, res) => {
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;

  const configuration: Configuration = {
    clients: [
      {
        client_id: TEST_CLIENT_ID,
        client_secret: TEST_CLIENT_SECRET,
        redirect_uris: [options.redirectUrl],
        post_logout_redirect_uris: [options.postLogoutRedirectUrl],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name'],
      groups: ['groups'],
    },
    // Like Entra ID and Keycloak, put the requested claims (groups too) into the ID token.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    cookies: { keys: ['a cookie key for the test provider only'] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    findAccount: (_ctx: KoaContextWithOIDC, id: string) => {
      if (!accounts.has(id)) return undefined;
      return {
        accountId: id,
        claims: () => {
          const account = accounts.get(id);
          return {
            sub: id,
            email: account?.email,
            email_verified: true,
            name: account?.name,
            groups: account?.groups,
          };
        },
      };
    },
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const clientId = ctx.oidc.client?.clientId ?? '';
      const accountId = ctx.oidc.session?.accountId;
      if (accountId === undefined) return undefined;
      const existing = ctx.oidc.session?.grantIdFor(clientId);
      if (existing !== undefined) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId });
      grant.addOIDCScope('openid email profile groups');
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(issuer, configuration);
  const callback = provider.callback();
  handler = (req, res) => {
    void callback(req, res);
  };
  return {
    issuer,
    accounts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

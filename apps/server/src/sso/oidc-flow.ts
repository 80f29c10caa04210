import * as client from 'openid-client';
import type { ServiceContext } from '../context.ts';
import type { OidcClient } from './oidc-client.ts';
import { claimAt, emailOf, groupsOf, nameOf, type OidcIdentity } from './oidc-identity.ts';
import { saveTransaction, type NewTransaction } from './oidc-transactions.ts';

/** Where the provider is sent, and the cookie value that binds the answer to this browser. */
export interface StartedFlow {
  location: string;
  browserSecret: string;
}

/**
 * Starts an authorisation code flow with PKCE (S256): verifier, state and nonce are random, kept
 * on the server, and only the state and the verifier's challenge travel in the URL.
 */
export async function startFlow(
  ctx: ServiceContext,
  configuration: client.Configuration,
  oidc: OidcClient,
  tx: Omit<NewTransaction, 'state' | 'nonce' | 'codeVerifier'>,
  extra: Record<string, string> = {},
): Promise<StartedFlow> {
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const browserSecret = await saveTransaction(ctx, { ...tx, state, nonce, codeVerifier });
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: oidc.settings.redirectUrl,
    scope: oidc.settings.scopes,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ...extra,
  });
  return { location: url.href, browserSecret };
}

/**
 * Redeems the code: openid-client checks the state, the PKCE verifier, the ID token's signature,
 * issuer, audience, expiry and nonce (and the `iss` response parameter when the provider sends
 * one). Groups come from the ID token, or from UserInfo when the ID token leaves them out.
 */
export async function finishFlow(
  configuration: client.Configuration,
  oidc: OidcClient,
  callbackQuery: string,
  checks: { state: string; nonce: string; codeVerifier: string },
): Promise<OidcIdentity> {
  const currentUrl = new URL(oidc.settings.redirectUrl);
  currentUrl.search = callbackQuery;
  const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
    pkceCodeVerifier: checks.codeVerifier,
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (claims === undefined) throw new Error('the provider returned no ID token');
  let groupsClaim = claimAt(claims, oidc.settings.groupsClaim);
  if (groupsClaim === undefined) {
    const info = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
    groupsClaim = claimAt(info, oidc.settings.groupsClaim);
  }
  return {
    issuer: claims.iss,
    subject: claims.sub,
    email: emailOf(claims),
    name: nameOf(claims),
    groups: groupsOf(groupsClaim),
    authTime: typeof claims.auth_time === 'number' ? new Date(claims.auth_time * 1000) : null,
  };
}

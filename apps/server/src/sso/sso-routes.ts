import {
  isAllowed,
  reauthenticationQuerySchema,
  signInQuerySchema,
  type Action,
  type ReauthenticationTarget,
  type SignInOptions,
} from '@openiort/contract';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as client from 'openid-client';
import { ANONYMOUS } from '../audit/audit-event.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { setSessionCookie } from '../auth/session-cookie.ts';
import type { ServiceContext } from '../context.ts';
import { AppError } from '../http/app-error.ts';
import { requireUser } from '../http/request-context.ts';
import { validate } from '../http/validate.ts';
import { createOidcClient, type OidcClient } from './oidc-client.ts';
import { finishFlow, startFlow } from './oidc-flow.ts';
import { takeTransaction } from './oidc-transactions.ts';
import { grantAfterReauthentication } from './reauthentication.ts';
import { localSignIn } from './sign-in-policy.ts';
import { signInWithIdentity } from './oidc-sign-in.ts';

/** Binds the provider's answer to the browser that started the flow (oidc-transactions.ts). */
const TX_COOKIE = 'openiort_oidc';
/**
 * SameSite=Lax, not Strict: the provider sends the browser back with a top-level GET from its own
 * site, and a Strict cookie would not come along. It holds no session, only the binding.
 */
const TX_COOKIE_OPTIONS = {
  path: '/api/auth/oidc',
  httpOnly: true,
  sameSite: 'lax',
  secure: 'auto',
  maxAge: 600,
} as const;

/** A path on this site to return to: "/…", never "//host" or "/\host" (no open redirect). */
export function safeReturnPath(value: string | undefined): string {
  if (value === undefined || !value.startsWith('/') || value.startsWith('//')) return '/';
  if (/[\\\p{Cc}]/u.test(value)) return '/';
  return value;
}

function withParameter(returnTo: string, name: string, value: string): string {
  const url = new URL(returnTo, 'http://openiort.invalid');
  url.searchParams.set(name, value);
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The permission a re-authentication for each kind of signature needs. */
const REAUTHENTICATION_NEEDS: Record<ReauthenticationTarget, Action> = {
  plan: 'plan:sign',
  'limits-proposal': 'limits:cosign',
  'case-directive': 'case:direct',
  'treatment-record': 'record:sign',
};

const signInError = (code: string) => `/signin?sso-error=${encodeURIComponent(code)}`;

export function ssoRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const oidc: OidcClient | null =
    ctx.config.oidc === null ? null : createOidcClient(ctx.config.oidc);
  if (oidc !== null) {
    // Read the provider at start; if it cannot be reached, say so now and try again at sign-in.
    void oidc.discover().then((d) => {
      if (d.kind === 'unavailable')
        app.log.error(
          `Single sign-on: the identity provider ${oidc.settings.issuer} (OPENIORT_OIDC_ISSUER) cannot be read: ${d.reason}. Sign-in with it is unavailable until it can; password sign-in for break-glass administrators still works.`,
        );
    });
  }

  const ready = async (reply: FastifyReply) => {
    if (oidc === null) {
      await reply.redirect(signInError('not-configured'), 303);
      return null;
    }
    const discovery = await oidc.discover();
    if (discovery.kind === 'unavailable') {
      app.log.error(`Single sign-on: ${oidc.settings.issuer} cannot be read: ${discovery.reason}`);
      await reply.redirect(signInError('unavailable'), 303);
      return null;
    }
    return { oidc, configuration: discovery.configuration };
  };

  app.get(
    '/api/auth/options',
    { config: { access: 'public' } },
    async (): Promise<SignInOptions> => ({
      singleSignOn:
        oidc === null
          ? null
          : {
              name: oidc.settings.displayName,
              reauthenticationSeconds: oidc.settings.reauthenticationSeconds,
            },
      localSignIn: await localSignIn(ctx.db),
    }),
  );

  app.get('/api/auth/oidc/login', { config: { access: 'public' } }, async (request, reply) => {
    const query = validate(signInQuerySchema, request.query, 'sign-in request');
    const provider = await ready(reply);
    if (provider === null) return reply;
    const flow = await startFlow(
      ctx,
      provider.configuration,
      provider.oidc,
      { purpose: 'sign-in', returnTo: safeReturnPath(query.returnTo) },
      // On a shared workstation the provider's own session may be the previous person's.
      provider.oidc.settings.promptLogin ? { prompt: 'login' } : {},
    );
    reply.setCookie(TX_COOKIE, flow.browserSecret, TX_COOKIE_OPTIONS);
    return reply.redirect(flow.location, 303);
  });

  app.get(
    '/api/auth/oidc/reauthenticate',
    { config: { access: 'session:read' } },
    async (request, reply) => {
      const query = validate(
        reauthenticationQuerySchema,
        request.query,
        're-authentication request',
      );
      const user = requireUser(request);
      if (user.authSource !== 'oidc')
        throw new AppError(
          'conflict',
          'This account signs with its password, not at the identity provider.',
        );
      const needs = REAUTHENTICATION_NEEDS[query.target];
      if (!isAllowed(user.role, needs))
        throw new AppError('forbidden', `Your role (${user.role}) may not do this (${needs}).`);
      const provider = await ready(reply);
      if (provider === null) return reply;
      const flow = await startFlow(
        ctx,
        provider.configuration,
        provider.oidc,
        {
          purpose: 'reauthenticate',
          returnTo: safeReturnPath(query.returnTo),
          reauthentication: {
            userId: user.id,
            sessionTokenHash: request.sessionTokenHash ?? '',
            targetKind: query.target,
            targetId: query.id,
          },
        },
        // Ask the provider for a new sign-in whatever its own session (OIDC Core §3.1.2.1).
        { prompt: 'login', max_age: '0', login_hint: user.email },
      );
      reply.setCookie(TX_COOKIE, flow.browserSecret, TX_COOKIE_OPTIONS);
      return reply.redirect(flow.location, 303);
    },
  );

  app.get('/api/auth/oidc/callback', { config: { access: 'public' } }, async (request, reply) =>
    callback(request, reply),
  );

  async function callback(request: FastifyRequest, reply: FastifyReply) {
    const query = request.query as Record<string, unknown>;
    const state = typeof query.state === 'string' ? query.state : undefined;
    const failed = async (reason: string, detail: object = {}) => {
      await recordAudit(ctx, {
        actor: ANONYMOUS(request.ip),
        action: 'auth.login-failed',
        outcome: 'failure',
        detail: { method: 'oidc', reason, ...detail },
      });
    };
    const tx =
      state === undefined ? null : await takeTransaction(ctx, state, request.cookies[TX_COOKIE]);
    reply.clearCookie(TX_COOKIE, { path: TX_COOKIE_OPTIONS.path });
    if (state === undefined || tx === null) {
      await failed(state === undefined ? 'missing-state' : 'unknown-state');
      return reply.redirect(signInError('expired'), 303);
    }
    const back = (code: string) =>
      tx.purpose === 'reauthenticate'
        ? withParameter(tx.return_to, 'reauthentication-failed', code)
        : signInError(code);
    if (typeof query.error === 'string') {
      await failed('provider-error', { error: query.error.slice(0, 100), purpose: tx.purpose });
      return reply.redirect(back('provider-error'), 303);
    }
    const provider = await ready(reply);
    if (provider === null) return reply;
    let identity;
    try {
      const search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      identity = await finishFlow(provider.configuration, provider.oidc, search, {
        state,
        nonce: tx.nonce,
        codeVerifier: tx.code_verifier,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const code = error instanceof client.ResponseBodyError ? error.error : undefined;
      await failed('invalid-response', {
        message: message.slice(0, 300),
        code,
        purpose: tx.purpose,
      });
      return reply.redirect(back('invalid-response'), 303);
    }

    if (tx.purpose === 'reauthenticate') {
      const granted = await grantAfterReauthentication(ctx, tx, identity, request.ip);
      return reply.redirect(
        granted.ok
          ? withParameter(tx.return_to, 'reauthenticated', tx.target_kind ?? 'plan')
          : back(granted.reason),
        303,
      );
    }
    const result = await signInWithIdentity(ctx, identity, request.ip);
    if (result.kind === 'refused') return reply.redirect(signInError(result.reason), 303);
    setSessionCookie(reply, result.token);
    return reply.redirect(tx.return_to, 303);
  }

  /**
   * Ends the session at the provider too (RP-initiated logout), after the web client has ended
   * OpenIORT's own session with POST /api/auth/logout. Changes nothing here, so it is public.
   */
  app.get('/api/auth/oidc/logout', { config: { access: 'public' } }, async (_request, reply) => {
    const signInPage = '/signin';
    if (oidc === null) return reply.redirect(signInPage, 303);
    const discovery = await oidc.discover();
    if (
      discovery.kind === 'unavailable' ||
      discovery.configuration.serverMetadata().end_session_endpoint === undefined
    )
      return reply.redirect(signInPage, 303);
    const after =
      oidc.settings.postLogoutRedirectUrl ?? new URL(signInPage, oidc.settings.redirectUrl).href;
    const url = client.buildEndSessionUrl(discovery.configuration, {
      client_id: oidc.settings.clientId,
      post_logout_redirect_uri: after,
    });
    return reply.redirect(url.href, 303);
  });
}

import type { FastifyContextConfig } from 'fastify';
import type { ServiceContext } from '../context.ts';
import { AppError } from './app-error.ts';

const SIGN_WINDOW = '15 minutes';

/**
 * Signing asks for the password again, so it is rate-limited like sign-in, per signer (after the
 * access check, so the key is the signed-in user).
 */
export function signingRateLimit(ctx: ServiceContext): FastifyContextConfig['rateLimit'] {
  return {
    max: ctx.config.loginAttemptsPerWindow,
    timeWindow: SIGN_WINDOW,
    hook: 'preHandler',
    keyGenerator: (request) => `sign:${request.sessionUser?.id ?? request.ip}`,
    errorResponseBuilder: () =>
      new AppError('rate-limited', `Too many signing attempts. Wait ${SIGN_WINDOW} and try again.`),
  };
}

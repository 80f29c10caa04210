import type { ErrorCode, Problem } from '@openiort/contract';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { AppError, STATUS_BY_CODE, titleFor } from './app-error.ts';

export function sendProblem(reply: FastifyReply, error: AppError): FastifyReply {
  const status = STATUS_BY_CODE[error.code];
  const problem: Problem & Record<string, unknown> = {
    type: `/problems/${error.code}`,
    title: titleFor(error.code),
    status,
    code: error.code,
    detail: error.message,
    ...(error.errors === undefined ? {} : { errors: error.errors }),
    ...error.extra,
  };
  return reply.code(status).type('application/problem+json').send(problem);
}

/** Fastify's own errors (bad JSON, body too large, rate limit) mapped to our stable codes. */
function codeForFastifyError(error: FastifyError): ErrorCode {
  if (error.statusCode === 413) return 'payload-too-large';
  if (error.statusCode === 429) return 'rate-limited';
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return 'validation-failed';
  }
  return 'internal-error';
}

/** The one place where errors become HTTP responses (RFC 9457 problem+json). */
export function registerProblemHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendProblem(reply, error);
    const code = codeForFastifyError(error);
    if (code === 'internal-error') {
      request.log.error({ err: error }, 'unhandled error');
      return sendProblem(
        reply,
        new AppError(code, 'The server could not complete the request; the error has been logged.'),
      );
    }
    return sendProblem(reply, new AppError(code, error.message));
  });
}

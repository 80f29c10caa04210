import type { ErrorCode, Problem } from '@openiort/contract';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Socket } from 'node:net';
import { AppError, STATUS_BY_CODE, titleFor } from './app-error.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

function problemOf(error: AppError): Problem & Record<string, unknown> {
  return {
    type: `/problems/${error.code}`,
    title: titleFor(error.code),
    status: STATUS_BY_CODE[error.code],
    code: error.code,
    detail: error.message,
    ...(error.errors === undefined ? {} : { errors: error.errors }),
    ...error.extra,
  };
}

export function sendProblem(reply: FastifyReply, error: AppError): FastifyReply {
  // A problem is about this request only: never cached, whatever the route chose for success.
  return reply
    .code(STATUS_BY_CODE[error.code])
    .header('cache-control', 'no-store')
    .type('application/problem+json')
    .send(problemOf(error));
}

/**
 * Our own words for the framework's request errors. Fastify's messages quote the request path or
 * the parser's view of the body; a problem never echoes what the client sent.
 */
const FRAMEWORK_ERRORS: Record<string, { code: ErrorCode; detail: string }> = {
  FST_ERR_BAD_URL: {
    code: 'validation-failed',
    detail: 'The request path is not valid percent-encoding (RFC 3986).',
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    code: 'uri-too-long',
    detail: 'A part of the request path is longer than any identifier OpenIORT uses.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'payload-too-large',
    detail: 'The request body is larger than the server accepts.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported-media-type',
    detail: 'Send the request body as JSON (Content-Type: application/json).',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'validation-failed',
    detail: 'The Content-Length header does not match the body.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'validation-failed',
    detail: 'The body is empty but says it is JSON; send a JSON value or no Content-Type.',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: 'validation-failed',
    detail: 'The body is not valid JSON.',
  },
};

/** An error from Fastify itself (or a plugin) as one of our stable codes, without echoing input. */
function appErrorOf(error: FastifyError): AppError | undefined {
  const known = FRAMEWORK_ERRORS[error.code];
  if (known !== undefined) return new AppError(known.code, known.detail);
  const status = error.statusCode;
  if (status === 413)
    return new AppError(
      'payload-too-large',
      FRAMEWORK_ERRORS.FST_ERR_CTP_BODY_TOO_LARGE?.detail ?? '',
    );
  if (status === 414) return new AppError('uri-too-long', 'The request address is too long.');
  if (status === 415)
    return new AppError('unsupported-media-type', 'Send the request body as JSON.');
  if (status === 429) return new AppError('rate-limited', 'Too many requests; wait and try again.');
  if (error instanceof SyntaxError)
    return new AppError('validation-failed', 'The body is not valid JSON.');
  if (status !== undefined && status >= 400 && status < 500) {
    return new AppError('validation-failed', 'The request could not be read.');
  }
  return undefined;
}

const INTERNAL = () =>
  new AppError(
    'internal-error',
    'The server could not complete the request; the error has been logged.',
  );

/** The one place where errors become HTTP responses (RFC 9457 problem+json). */
export function registerProblemHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendProblem(reply, error);
    const known = appErrorOf(error);
    if (known !== undefined) return sendProblem(reply, known);
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, INTERNAL());
  });
}

/**
 * Fastify's `frameworkErrors`: a malformed path is refused before routing and before any hook,
 * so the security headers and `no-store` are set here.
 */
export function frameworkErrorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const appError = appErrorOf(error) ?? INTERNAL();
  if (appError.code === 'internal-error') request.log.error({ err: error }, 'framework error');
  void sendProblem(reply.headers(SECURITY_HEADERS), appError);
}

/**
 * Node's answer to a request it could not parse at all (a malformed request line, headers too
 * large): a problem+json written to the socket, with the same headers as every other answer.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const appError = tooLarge
    ? new AppError(
        'uri-too-long',
        'The request line or headers are larger than the server accepts.',
      )
    : new AppError('validation-failed', 'The request is not valid HTTP.');
  const status = tooLarge ? 431 : 400;
  const body = JSON.stringify({ ...problemOf(appError), status });
  const headers = {
    ...SECURITY_HEADERS,
    'cache-control': 'no-store',
    'content-type': 'application/problem+json',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n');
  const reason = tooLarge ? 'Request Header Fields Too Large' : 'Bad Request';
  socket.end(`HTTP/1.1 ${String(status)} ${reason}\r\n${head}\r\n\r\n${body}`);
}

import { PassThrough } from 'node:stream';
import type { OrSessionState } from '@openiort/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { resolveSession } from '../auth/session-service.ts';
import { SESSION_COOKIE } from '../auth/session-token.ts';
import type { ServiceContext } from '../context.ts';
import type { LiveBus, LiveNotice } from '../live/live-bus.ts';
import { orSessionTopic, type OrSessionService } from './or-session-service.ts';
import { sessionSeq } from './or-session-rows.ts';

/** A comment line at this interval keeps proxies from closing an idle stream. */
export const HEARTBEAT_MS = 15_000;
/** How long a browser waits before reconnecting after the stream drops (the SSE `retry:` field). */
const RETRY_MS = 2000;

/** One server-sent event (WHATWG HTML §9.2 "Server-sent events": id, event, data lines). */
export function sseMessage(state: OrSessionState): string {
  return `id: ${String(state.seq)}\nevent: state\ndata: ${JSON.stringify(state)}\n\n`;
}

/** Open streams of one app, so that closing the app ends them instead of waiting for them. */
export class OpenStreams {
  private readonly streams = new Set<() => void>();
  add(end: () => void): () => void {
    this.streams.add(end);
    return () => this.streams.delete(end);
  }
  endAll(): void {
    for (const end of [...this.streams]) end();
  }
}

/**
 * Streams an OR session: first the full current state (also after a reconnect with
 * Last-Event-ID: the state is small, and reading it is the only way to be sure nothing was
 * missed), then a new state after every notice on the bus. Every heartbeat also checks that the
 * sign-in is still valid and that no notice was lost (the seq in the database).
 */
export async function streamSession(
  ctx: ServiceContext,
  bus: LiveBus,
  service: OrSessionService,
  open: OpenStreams,
  request: FastifyRequest<{ Params: { sessionId: string } }>,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const { sessionId } = request.params;
  const first = await service.state(sessionId); // 404 as problem+json before any stream starts
  const stream = new PassThrough();
  let lastSent = -1;
  let queued = false;
  let chain = Promise.resolve();
  let ended = false;

  const send = (state: OrSessionState) => {
    if (ended) return;
    lastSent = state.seq;
    stream.write(sseMessage(state));
  };
  /** Reads and sends the state, unless the notice is about a change already sent. */
  const refresh = (notice?: LiveNotice) => {
    if (queued || ended || (notice !== undefined && notice.seq > 0 && notice.seq <= lastSent))
      return;
    queued = true;
    chain = chain
      .then(async () => {
        queued = false;
        if (!ended) send(await service.state(sessionId));
      })
      .catch(() => {
        end();
      });
  };
  const heartbeat = setInterval(() => {
    if (ended) return;
    stream.write(`: heartbeat ${ctx.now().toISOString()}\n\n`);
    void (async () => {
      const token = request.cookies[SESSION_COOKIE];
      const session = token === undefined ? { kind: 'none' } : await resolveSession(ctx, token);
      if (session.kind !== 'active') {
        stream.write('event: signed-out\ndata: {}\n\n');
        end();
        return;
      }
      if ((await sessionSeq(ctx.db, sessionId)) !== lastSent) refresh();
    })().catch(() => {
      end();
    });
  }, HEARTBEAT_MS);
  const unsubscribe = bus.subscribe(orSessionTopic(sessionId), refresh);
  const forget = open.add(() => {
    end();
  });
  function end() {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    forget();
    stream.end();
  }
  request.raw.on('close', end);

  stream.write(`retry: ${String(RETRY_MS)}\n\n`);
  send(first);
  return (
    reply
      .header('content-type', 'text/event-stream; charset=utf-8')
      .header('cache-control', 'no-store')
      // Tells nginx-like proxies not to buffer the stream.
      .header('x-accel-buffering', 'no')
      .send(stream)
  );
}

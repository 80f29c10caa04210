import { randomUUID } from 'node:crypto';
import type {
  OrSessionEventDto,
  OrSessionState,
  OrSessionSummary,
  SessionUser,
} from '@openiort/contract';
import { replayDelivery } from '@openiort/dosimetry';
import type { Actor } from '../audit/audit-event.ts';
import { recordAudit, withAudit } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import { isUniqueViolation } from '../db/unique-violation.ts';
import { loadPlan, noPlan } from '../dosimetry/plan-service.ts';
import { AppError } from '../http/app-error.ts';
import { invalidFields } from '../http/validate.ts';
import type { LiveBus } from '../live/live-bus.ts';
import type { BeamOnGate } from './beam-on-gates.ts';
import {
  parseAbandonRequest,
  parseCreateRequest,
  parseEventRequest,
} from './or-session-request.ts';
import { eventRow, loadEvents, requireSession, type SessionRow } from './or-session-rows.ts';
import { deliveryPlanOf, loadSessionFacts, sessionStateOf } from './session-facts.ts';
import { engineEvent, secondsSinceStart, sessionState } from './session-state.ts';
import { strengthProblem } from './strength-range.ts';

export const orSessionTopic = (sessionId: string) => `or-session:${sessionId}`;

/**
 * Tells every device following a session to read it again after something other than an event
 * was stored (a check, an answer, a reconciliation, a signature): seq 0 is no event, but streams
 * re-read the state on it. A lost notice only waits for the stream's next heartbeat.
 */
export async function notifyRoom(bus: LiveBus, sessionId: string): Promise<void> {
  try {
    await bus.publish({ topic: orSessionTopic(sessionId), sessionId, seq: 0 });
  } catch {
    // Stored already; streams re-read on their heartbeat.
  }
}

/**
 * After a plan is edited or signed (on the plan page, maybe on another device), the consoles of
 * its sessions waiting for beam-on read their gates again: the signature they wait for is in.
 */
export async function notifyPlanSessions(
  db: ServiceContext['db'],
  bus: LiveBus,
  planId: string,
): Promise<void> {
  const waiting = await db
    .selectFrom('or_sessions')
    .select('id')
    .where('plan_id', '=', planId)
    .where('status', '=', 'not-started')
    .execute();
  for (const session of waiting) await notifyRoom(bus, session.id);
}

export interface OrSessionServiceDeps {
  ctx: ServiceContext;
  bus: LiveBus;
  /** Beam-on preconditions checked, in order, before a start is accepted (beam-on-gates.ts). */
  gates: readonly BeamOnGate[];
}

type NewEvent = Omit<OrSessionEventDto, 'seq' | 'at' | 'atS' | 'actor'>;

/**
 * OR sessions: one delivery of one signed plan version, followed live by every device in the
 * room. The server stamps every event with its clock, replays all events with the engine before
 * storing one, stores it with its audit row in one transaction, and only then publishes a notice.
 */
export function createOrSessionService({ ctx, bus, gates }: OrSessionServiceDeps) {
  const load = (sessionId: string): Promise<SessionRow> => requireSession(ctx.db, sessionId);

  const state = async (sessionId: string): Promise<OrSessionState> =>
    sessionStateOf(ctx.db, await load(sessionId), ctx.now(), gates);

  const publish = async (sessionId: string, seq: number) => {
    try {
      await bus.publish({ topic: orSessionTopic(sessionId), sessionId, seq });
    } catch {
      // The event is stored; streams also re-read on their heartbeat, so a lost notice delays
      // a screen by at most one heartbeat instead of failing an acknowledged event.
    }
  };

  const refuse = async (actor: Actor, sessionId: string, reason: string, error: AppError) => {
    await recordAudit(ctx, {
      actor,
      action: 'or-session.event-refused',
      outcome: 'failure',
      recordType: 'or-session',
      recordId: sessionId,
      detail: { reason, message: error.message },
    });
    return Promise.reject(error);
  };

  const append = async (
    sessionId: string,
    expectedSeq: number,
    event: NewEvent,
    user: SessionUser,
    actor: Actor,
  ): Promise<OrSessionState> => {
    const row = await load(sessionId);
    if (row.version !== expectedSeq) throw staleSeq(expectedSeq, row.version);
    const facts = await loadSessionFacts(ctx.db, row, gates);
    const events = await loadEvents(ctx.db, sessionId);
    // Another event may have landed between the two reads: judge the one sent against the events
    // it would follow, and call it stale, never impossible, when they moved on.
    const lastSeq = events.at(-1)?.seq ?? 0;
    if (lastSeq !== expectedSeq) throw staleSeq(expectedSeq, lastSeq);
    const now = ctx.now();
    if (event.type === 'start') {
      const blocked = facts.gates.filter((g) => !g.ok);
      if (blocked.length > 0)
        return refuse(
          actor,
          sessionId,
          'beam-on-blocked',
          new AppError(
            'beam-on-blocked',
            `Beam-on is not allowed: ${blocked.map((g) => g.reason ?? g.name).join(' ')}`,
            { extra: { gates: facts.gates } },
          ),
        );
    }
    if (event.type === 'source-change' && event.airKermaStrengthU !== undefined) {
      const problem = strengthProblem(event.airKermaStrengthU, facts.strengthRange);
      if (problem !== undefined)
        return refuse(
          actor,
          sessionId,
          'implausible-strength',
          invalidFields('delivery event', [{ path: 'airKermaStrengthU', message: problem }]),
        );
    }
    // The server's clock is the truth; a clock stepped back (NTP) never makes time run backwards.
    const lastAtS = events.at(-1)?.atS ?? 0;
    const sinceStartS = event.type === 'start' ? 0 : (secondsSinceStart(events, now) ?? 0);
    const stored: OrSessionEventDto = {
      ...event,
      seq: expectedSeq + 1,
      at: now.toISOString(),
      atS: Math.round(Math.max(lastAtS, sinceStartS) * 1000) / 1000,
      actor: { id: user.id, name: user.displayName, role: user.role },
    };
    const replayed = replayDelivery(
      facts.plan,
      [...events, stored].map(engineEvent),
      facts.reportableDeviationPercent,
    );
    if (!replayed.ok)
      return refuse(
        actor,
        sessionId,
        'engine-refused',
        new AppError('delivery-refused', `${capitalise(replayed.refusal.message)}.`),
      );
    try {
      await withAudit(
        ctx,
        async (trx) => {
          const moved = await trx
            .updateTable('or_sessions')
            // The start fixes the plan version delivered (followed until then, session-facts.ts).
            .set({
              version: stored.seq,
              status: replayed.summary.status,
              plan_version: facts.planVersion,
            })
            .where('id', '=', sessionId)
            .where('version', '=', expectedSeq)
            .executeTakeFirst();
          if (Number(moved.numUpdatedRows) !== 1) throw staleSeq(expectedSeq, expectedSeq + 1);
          await trx.insertInto('or_session_events').values(eventRow(sessionId, stored)).execute();
        },
        () => ({
          actor,
          action: 'or-session.event',
          outcome: 'success',
          recordType: 'or-session',
          recordId: sessionId,
          after: {
            ...stored,
            planId: row.plan_id,
            planVersion: facts.planVersion,
            patientId: row.patient_id,
            status: replayed.summary.status,
          },
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw staleSeq(expectedSeq, expectedSeq + 1);
      throw error;
    }
    await publish(sessionId, stored.seq);
    return sessionState(facts, [...events, stored], ctx.now());
  };

  return {
    state,

    /** The state without judging the beam-on gates (for the finished delivery's record). */
    replayedState: async (sessionId: string): Promise<OrSessionState> =>
      sessionStateOf(ctx.db, await load(sessionId), ctx.now()),

    async listForPlan(planId: string): Promise<OrSessionSummary[]> {
      if ((await loadPlan(ctx.db, planId)) === undefined) throw noPlan(planId);
      const rows = await ctx.db
        .selectFrom('or_sessions')
        .selectAll()
        .where('plan_id', '=', planId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        planVersion: r.plan_version,
        caseId: r.case_id,
        status: r.status as OrSessionSummary['status'],
        seq: r.version,
        createdAt: r.created_at,
      }));
    },

    async create(
      planId: string,
      body: unknown,
      user: SessionUser,
      actor: Actor,
    ): Promise<OrSessionState> {
      const request = parseCreateRequest(body);
      const plan = await loadPlan(ctx.db, planId);
      if (plan === undefined) throw noPlan(planId);
      deliveryPlanOf(plan.version, plan.input, plan.output); // refuses what cannot be delivered
      const open = await ctx.db
        .selectFrom('or_sessions')
        .select('id')
        .where('plan_id', '=', planId)
        .where('status', 'in', ['not-started', 'delivering', 'interrupted'])
        .executeTakeFirst();
      if (open !== undefined)
        throw new AppError(
          'conflict',
          `This plan already has an open OR session (${open.id}); continue it or finish it first.`,
          { extra: { sessionId: open.id } },
        );
      const caseId = await caseOfSession(ctx, planId, plan.patientId, request.caseId);
      const id = randomUUID();
      const createdAt = ctx.now().toISOString();
      await withAudit(
        ctx,
        (trx) =>
          trx
            .insertInto('or_sessions')
            .values({
              id,
              plan_id: planId,
              plan_version: plan.version,
              case_id: caseId,
              created_by: user.id,
              created_at: createdAt,
              version: 0,
              status: 'not-started',
            })
            .execute(),
        () => ({
          actor,
          action: 'or-session.create',
          outcome: 'success',
          recordType: 'or-session',
          recordId: id,
          after: {
            planId,
            planVersion: plan.version,
            patientId: plan.patientId,
            caseId,
          },
        }),
      );
      await publish(id, 0);
      return state(id);
    },

    postEvent(sessionId: string, body: unknown, user: SessionUser, actor: Actor) {
      const { expectedSeq, ...event } = parseEventRequest(body);
      return append(sessionId, expectedSeq, event, user, actor);
    },

    abandon(sessionId: string, body: unknown, user: SessionUser, actor: Actor) {
      const { expectedSeq, reason } = parseAbandonRequest(body);
      return append(sessionId, expectedSeq, { type: 'abandon', reason }, user, actor);
    },
  };
}

export type OrSessionService = ReturnType<typeof createOrSessionService>;

/**
 * The IORT case a new session belongs to: the one named (an open case of the plan's patient), or
 * else the one open case that links this plan, or none. The case's delivery step then follows
 * the session and its treatment record.
 */
async function caseOfSession(
  ctx: ServiceContext,
  planId: string,
  patientId: string,
  named: string | null | undefined,
): Promise<string | null> {
  if (named !== undefined && named !== null) {
    const row = await ctx.db
      .selectFrom('cases')
      .select(['patient_id', 'status'])
      .where('id', '=', named)
      .executeTakeFirst();
    const problem =
      row === undefined
        ? 'names no IORT case'
        : row.patient_id !== patientId
          ? 'is a case of another patient than the plan'
          : row.status !== 'open'
            ? `is a ${row.status} case`
            : null;
    if (problem !== null) throw invalidFields('OR session', [{ path: 'caseId', message: problem }]);
    return named;
  }
  const linked = await ctx.db
    .selectFrom('case_plans as cp')
    .innerJoin('cases as c', 'c.id', 'cp.case_id')
    .select('c.id')
    .distinct()
    .where('cp.plan_id', '=', planId)
    .where('c.status', '=', 'open')
    .execute();
  return linked.length === 1 ? (linked[0]?.id ?? null) : null;
}

function staleSeq(sent: number, current: number): AppError {
  return new AppError(
    'version-conflict',
    `The delivery has moved on: you sent expectedSeq ${String(sent)}, the last event is ${String(current)}. Your screen now shows the current state; decide again.`,
    { extra: { currentSeq: current } },
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

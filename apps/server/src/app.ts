import fastifyCookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import type { ServiceContext } from './context.ts';
import { registerAccessControl, type RegisteredRoute } from './http/access-control.ts';
import { registerOriginCheck } from './http/origin-check.ts';
import {
  clientErrorHandler,
  frameworkErrorHandler,
  registerProblemHandler,
} from './http/problem-handler.ts';
import { registerJsonBody } from './http/json-body.ts';
import { registerRequestInput } from './http/request-input.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { registerStaticWeb } from './http/static-web.ts';
import { auditRoutes } from './audit/audit-routes.ts';
import { authRoutes } from './auth/auth-routes.ts';
import { caseRoutes } from './cases/case-routes.ts';
import { evaluationRoutes } from './routes/evaluation-routes.ts';
import { healthRoutes } from './routes/health-routes.ts';
import { patientRoutes } from './routes/patient-routes.ts';
import { planRoutes } from './dosimetry/plan-routes.ts';
import { liveBusFor } from './live/live-bus-for.ts';
import type { LiveBus } from './live/live-bus.ts';
import { finalPlanSignedGate, type BeamOnGate } from './or-session/beam-on-gates.ts';
import { orSessionRoutes } from './or-session/or-session-routes.ts';
import { recordRoutes } from './or-record/record-routes.ts';
import { createRecordService } from './or-record/record-service.ts';
import {
  measuredStrengthUsedGate,
  outputCheckPassedGate,
  timeOutCompleteGate,
} from './or-checks/check-gates.ts';
import { orChecksRoutes } from './or-checks/or-checks-routes.ts';
import { createOrChecksService } from './or-checks/or-checks-service.ts';
import {
  createOrSessionService,
  notifyPlanSessions,
  notifyRoom,
} from './or-session/or-session-service.ts';
import { orReconciliationRoutes } from './or-reconciliation/or-reconciliation-routes.ts';
import { createOrReconciliationService } from './or-reconciliation/or-reconciliation-service.ts';
import { programLimitsRoutes } from './program-limits/limits-routes.ts';
import { handoutRoutes } from './handout/handout-routes.ts';
import { reportRoutes } from './reports/report-routes.ts';
import { checklistRoutes } from './checklists/checklist-routes.ts';
import { programCriteriaRoutes } from './routes/program-criteria-routes.ts';
import { selfCheckRoutes } from './routes/self-check-routes.ts';
import { signInPolicyRoutes } from './sso/sign-in-policy-routes.ts';
import { ssoRoutes } from './sso/sso-routes.ts';
import { sourceModelRoutes } from './routes/source-model-routes.ts';
import { userRoutes } from './users/user-routes.ts';
import { APP_VERSION } from './version.ts';

export interface AppOptions {
  /** false for tests; main.ts passes JSON logging at the configured level. */
  logger: boolean | { level: string };
  /** Live updates; by default chosen by the database kind (live-bus-for.ts), closed with the app. */
  liveBus?: LiveBus;
  /**
   * Preconditions of beam-on. Default: the final plan is signed by both signers, the time-out
   * checklists are complete and the session's latest output check passed (docs/adr/0017).
   */
  beamOnGates?: readonly BeamOnGate[];
  /**
   * Whether a session's treatment record is signed, which locks its reconciliation and
   * measurements. Default: never (until the signed record, or-record, supplies it).
   */
  isRecordLocked?: (sessionId: string) => Promise<boolean>;
}

export interface BuiltApp {
  app: FastifyInstance;
  routes: RegisteredRoute[];
}

/** A hop count becomes "trust the nearest N proxies", as Fastify's documentation describes. */
function fastifyTrustProxy(setting: Config['trustProxy']) {
  return typeof setting === 'number' ? (_address: string, hop: number) => hop < setting : setting;
}

/** Builds the HTTP app around the services; it does not listen (main.ts does, tests inject). */
export async function buildApp(ctx: ServiceContext, options: AppOptions): Promise<BuiltApp> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: options.logger === true ? 'info' : options.logger.level,
            // Never log cookies or query strings: both can carry credentials or patient names.
            redact: ['req.headers.cookie', 'res.headers["set-cookie"]'],
            serializers: {
              req: (req: { method: string; url: string; ip?: string }) => ({
                method: req.method,
                path: req.url.split('?')[0],
                ip: req.ip,
              }),
            },
          },
    trustProxy: fastifyTrustProxy(ctx.config.trustProxy),
    bodyLimit: 256 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
  });

  if (ctx.config.trustProxy === true)
    app.log.warn(
      'OPENIORT_TRUST_PROXY=true believes X-Forwarded-For from anyone, so any client can choose the address that sign-in limits count. Development only: list the proxy addresses or give a hop count.',
    );
  registerProblemHandler(app);
  registerSecurityHeaders(app);
  await app.register(fastifyCookie);
  await app.register(rateLimit, { global: false });
  registerJsonBody(app);
  registerRequestInput(app);
  registerOriginCheck(app, ctx.config.publicOrigin);
  const routes = registerAccessControl(app, ctx);
  const liveBus =
    options.liveBus ??
    (await liveBusFor(ctx, (m) => {
      app.log.warn(m);
    }));
  if (options.liveBus === undefined) app.addHook('onClose', () => liveBus.close());

  healthRoutes(app, ctx, APP_VERSION);
  authRoutes(app, ctx);
  patientRoutes(app, ctx);
  userRoutes(app, ctx);
  auditRoutes(app, ctx);
  evaluationRoutes(app, ctx);
  programCriteriaRoutes(app, ctx);
  selfCheckRoutes(app, ctx);
  sourceModelRoutes(app, ctx);
  planRoutes(app, ctx, (planId) => notifyPlanSessions(ctx.db, liveBus, planId));
  programLimitsRoutes(app, ctx);
  ssoRoutes(app, ctx);
  signInPolicyRoutes(app, ctx);
  caseRoutes(app, ctx);
  reportRoutes(app, ctx);
  handoutRoutes(app, ctx);
  checklistRoutes(app, ctx);
  const orSessions = createOrSessionService({
    ctx,
    bus: liveBus,
    gates: options.beamOnGates ?? [
      finalPlanSignedGate,
      timeOutCompleteGate(ctx.db),
      outputCheckPassedGate(ctx.db),
      measuredStrengthUsedGate(ctx.db),
    ],
  });
  orSessionRoutes(app, ctx, liveBus, orSessions);
  const records = createRecordService({ ctx, sessions: orSessions, bus: liveBus });
  const isRecordLocked = options.isRecordLocked ?? records.isLocked;
  orChecksRoutes(app, createOrChecksService(ctx, liveBus, isRecordLocked));
  orReconciliationRoutes(
    app,
    createOrReconciliationService({
      ctx,
      isRecordLocked,
      changed: (sessionId) => notifyRoom(liveBus, sessionId),
    }),
  );
  recordRoutes(app, ctx, records);
  registerStaticWeb(app, ctx.config.webDistDir);

  await app.ready();
  return { app, routes };
}

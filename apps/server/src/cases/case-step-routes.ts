import { CONSENT_SCAN_MAX_BYTES, type Action } from '@openiort/contract';
import type { FastifyInstance } from 'fastify';
import { signerOf } from '../auth/reauthenticate.ts';
import type { ServiceContext } from '../context.ts';
import { actorOf } from '../http/request-context.ts';
import { signingRateLimit } from '../http/signing-rate-limit.ts';
import { closeCase, withdrawCase } from './case-closure-service.ts';
import { signDirective } from './case-directive-service.ts';
import { linkEvaluation, linkPlan } from './case-link-service.ts';
import { saveCaseStep } from './case-step-service.ts';
import type { StoredStep } from './case-view.ts';
import { readConsentScan, uploadConsentScan } from './consent-scan-service.ts';

type CaseParams = { Params: { caseId: string } };

/** Each step record's route and the action the permission matrix names for it. */
const STEP_ROUTES: [path: string, step: StoredStep, access: Action][] = [
  ['referral', 'referral', 'case:refer'],
  ['decision', 'decision', 'case:decide'],
  ['consent', 'consent', 'case:consent'],
  ['scheduling', 'scheduling', 'case:schedule'],
  ['treatment-unit', 'treatment-unit', 'case:treatment-unit'],
  ['expected-balloon', 'balloon', 'case:surgical'],
  ['post-pathology-decision', 'post-pathology-decision', 'case:decide'],
];

/** Base64 of the largest scan, plus room for the file name and the JSON around it. */
const SCAN_BODY_LIMIT = Math.ceil(CONSENT_SCAN_MAX_BYTES / 3) * 4 + 16 * 1024;

export function caseStepRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  for (const [path, step, access] of STEP_ROUTES) {
    app.put<CaseParams>(`/api/cases/:caseId/${path}`, { config: { access } }, (request) =>
      saveCaseStep(ctx, request.params.caseId, step, request.body, actorOf(request)),
    );
  }

  app.post<CaseParams>(
    '/api/cases/:caseId/evaluations',
    { config: { access: 'case:candidacy' } },
    (request) => linkEvaluation(ctx, request.params.caseId, request.body, actorOf(request)),
  );

  app.post<CaseParams>('/api/cases/:caseId/plans', { config: { access: 'case:plan' } }, (request) =>
    linkPlan(ctx, request.params.caseId, request.body, actorOf(request)),
  );

  app.post<CaseParams>(
    '/api/cases/:caseId/directive',
    { config: { access: 'case:direct', rateLimit: signingRateLimit(ctx) } },
    (request) =>
      signDirective(ctx, request.params.caseId, request.body, signerOf(request), actorOf(request)),
  );

  app.put<CaseParams>(
    '/api/cases/:caseId/consent/scan',
    { config: { access: 'case:consent' }, bodyLimit: SCAN_BODY_LIMIT },
    (request) => uploadConsentScan(ctx, request.params.caseId, request.body, actorOf(request)),
  );

  app.get<CaseParams>(
    '/api/cases/:caseId/consent/scan',
    { config: { access: 'case:read' } },
    async (request, reply) => {
      const scan = await readConsentScan(ctx, request.params.caseId, actorOf(request));
      // Served as a download only, as the type its bytes showed, never sniffed or cached.
      return reply
        .header('content-type', scan.contentType)
        .header('content-disposition', `attachment; filename="${scan.fileName}"`)
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .send(scan.data);
    },
  );

  app.post<CaseParams>(
    '/api/cases/:caseId/close',
    { config: { access: 'case:close' } },
    (request) => closeCase(ctx, request.params.caseId, request.body, actorOf(request)),
  );

  app.post<CaseParams>(
    '/api/cases/:caseId/withdrawal',
    { config: { access: 'case:close' } },
    (request) => withdrawCase(ctx, request.params.caseId, request.body, actorOf(request)),
  );
}

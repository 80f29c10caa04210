import { isDeliveryFinished } from '@openiort/contract';
import type {
  CasePlanKind,
  CaseStatus,
  CaseSummary,
  CaseView,
  ConsentScanType,
  Laterality,
  NextStep,
  OrDeliveryStatus,
  PersonRef,
  Referral,
  Scheduling,
  StepRecord,
  TeamDecision,
  WrittenDirective,
} from '@openiort/contract';
import type { CaseParts } from './case-load.ts';
import { pathwayView, type PathwaySnapshot } from './case-pathway.ts';

/** Step keys as stored in case_steps.step. */
export type StoredStep =
  | 'referral'
  | 'decision'
  | 'consent'
  | 'scheduling'
  | 'treatment-unit'
  | 'balloon'
  | 'post-pathology-decision';

/** A person who no longer resolves (never expected: users are never deleted). */
const unknownPerson = (id: string): PersonRef => ({ id, email: '', displayName: '(unknown)' });

function person(parts: CaseParts, id: string): PersonRef {
  return parts.people.get(id) ?? unknownPerson(id);
}

export function stepRecord<T>(parts: CaseParts, step: StoredStep): StepRecord<T> | null {
  const row = parts.steps.get(step);
  if (row === undefined) return null;
  return {
    data: JSON.parse(row.data_json) as T,
    version: row.version,
    recordedAt: row.recorded_at,
    recordedBy: person(parts, row.recorded_by),
  };
}

const phaseOf = (phase: string | null) =>
  phase === 'preoperative' || phase === 'final-pathology' ? phase : null;

/** What the pathway rules read from a case's records. */
export function snapshotOf(parts: CaseParts): PathwaySnapshot {
  const referral = stepRecord<Referral>(parts, 'referral');
  const decision = stepRecord<TeamDecision>(parts, 'decision');
  const scheduling = stepRecord<Scheduling>(parts, 'scheduling');
  const finalLink = parts.evaluations.find((e) => e.phase === 'final-pathology');
  return {
    status: parts.row.status as CaseStatus,
    referralDate: referral?.data.referralDate ?? null,
    evaluations: parts.evaluations.map((e) => ({ id: e.evaluation_id, phase: phaseOf(e.phase) })),
    finalPathologyDate: finalLink?.linked_at.slice(0, 10) ?? null,
    decision: decision?.data.outcome ?? null,
    hasConsent: parts.steps.has('consent'),
    operationDate: scheduling?.data.operationDate ?? null,
    hasTreatmentUnit: parts.steps.has('treatment-unit'),
    directiveVersions: parts.directives.length,
    planKinds: parts.plans.map((p) => p.kind as CasePlanKind),
    hasPostPathologyDecision: parts.steps.has('post-pathology-decision'),
    delivery: deliveryStage(parts),
  };
}

/** The furthest any of the case's OR sessions got (a record signed by both counts as done). */
function deliveryStage(parts: CaseParts): PathwaySnapshot['delivery'] {
  const sessions = parts.deliveries;
  if (sessions.some((d) => d.signature_count >= 2)) return 'signed';
  if (sessions.some((d) => isDeliveryFinished(d.status))) return 'finished';
  return sessions.length > 0 ? 'in-progress' : 'none';
}

const recordStatus = (count: number) =>
  count >= 2 ? ('signed' as const) : count === 1 ? ('partly-signed' as const) : ('draft' as const);

/** The people scheduling assigned, by role, so "what needs me" can name them. */
function withPeople(parts: CaseParts, step: NextStep): NextStep {
  const scheduling = stepRecord<Scheduling>(parts, 'scheduling');
  if (scheduling === null) return step;
  const byRole = {
    surgeon: scheduling.data.surgeonId,
    'radiation-oncologist': scheduling.data.radiationOncologistId,
    'medical-physicist': scheduling.data.physicistId,
  } as Partial<Record<string, string>>;
  const people = step.roles
    .map((role) => byRole[role])
    .filter((id): id is string => id !== undefined)
    .map((id) => person(parts, id));
  return { ...step, people };
}

function pathwayOf(parts: CaseParts, today: string) {
  const view = pathwayView(snapshotOf(parts), today);
  return {
    ...view,
    next: view.next === null ? null : withPeople(parts, view.next),
    waiting: view.waiting.map((w) => withPeople(parts, w)),
  };
}

export function toCaseView(parts: CaseParts, today: string): CaseView {
  const { row } = parts;
  const scheduling = stepRecord<Scheduling>(parts, 'scheduling');
  const directives = parts.directives.map((d) => ({
    version: d.version,
    directive: JSON.parse(d.directive_json) as WrittenDirective,
    reason: d.reason,
    meaning: d.meaning,
    signedAt: d.signed_at,
    signedBy: person(parts, d.signed_by),
    authMethod: d.auth_method === 'oidc' ? ('oidc' as const) : ('password' as const),
    authTime: d.auth_time,
  }));
  return {
    id: row.id,
    patientId: row.patient_id,
    laterality: row.laterality as Laterality,
    status: row.status as CaseStatus,
    version: row.version,
    createdAt: row.created_at,
    createdBy: person(parts, row.created_by),
    closure:
      row.status === 'open' || row.closed_at === null || row.closed_by === null
        ? null
        : {
            kind: row.status === 'withdrawn' ? 'withdrawn' : 'closed',
            reason: row.closure_reason,
            at: row.closed_at,
            by: person(parts, row.closed_by),
          },
    referral: stepRecord(parts, 'referral'),
    decision: stepRecord(parts, 'decision'),
    consent: stepRecord(parts, 'consent'),
    consentScan:
      parts.scan === undefined
        ? null
        : {
            fileName: parts.scan.file_name,
            contentType: parts.scan.content_type as ConsentScanType,
            sizeBytes: parts.scan.size_bytes,
            sha256: parts.scan.sha256,
            uploadedAt: parts.scan.uploaded_at,
            uploadedBy: person(parts, parts.scan.uploaded_by),
          },
    scheduling,
    scheduledPeople:
      scheduling === null
        ? []
        : [
            scheduling.data.surgeonId,
            scheduling.data.radiationOncologistId,
            scheduling.data.physicistId,
          ].map((id) => person(parts, id)),
    treatmentUnit: stepRecord(parts, 'treatment-unit'),
    expectedBalloon: stepRecord(parts, 'balloon'),
    directive: { current: directives[0] ?? null, history: directives },
    evaluations: parts.evaluations.map((e) => ({
      evaluationId: e.evaluation_id,
      phase: phaseOf(e.phase),
      evaluatedAt: e.evaluated_at,
      linkedAt: e.linked_at,
      linkedBy: person(parts, e.linked_by),
    })),
    plans: parts.plans.map((p) => ({
      planId: p.plan_id,
      kind: p.kind as CasePlanKind,
      linkedAt: p.linked_at,
      linkedBy: person(parts, p.linked_by),
    })),
    postPathologyDecision: stepRecord(parts, 'post-pathology-decision'),
    deliveries: parts.deliveries.map((d) => ({
      sessionId: d.id,
      planId: d.plan_id,
      status: d.status as OrDeliveryStatus,
      recordStatus: recordStatus(d.signature_count),
      createdAt: d.created_at,
    })),
    pathway: pathwayOf(parts, today),
  };
}

export function toCaseSummary(parts: CaseParts, today: string): CaseSummary {
  const scheduling = stepRecord<Scheduling>(parts, 'scheduling');
  const pathway = pathwayOf(parts, today);
  return {
    id: parts.row.id,
    patientId: parts.row.patient_id,
    laterality: parts.row.laterality as Laterality,
    status: parts.row.status as CaseStatus,
    version: parts.row.version,
    createdAt: parts.row.created_at,
    operationDate: scheduling?.data.operationDate ?? null,
    room: scheduling?.data.room ?? null,
    next: pathway.next,
    waiting: pathway.waiting,
  };
}

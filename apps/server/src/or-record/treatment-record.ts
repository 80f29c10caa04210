import { createHash } from 'node:crypto';
import {
  canonicalJson,
  type ChecklistAnswer,
  type MeasurementDto,
  type OrSessionEventDto,
  type OrSessionState,
  type OutputCheckRecordDto,
  type Patient,
  type PlanInputDto,
  type PlanOutputDto,
  type PlanSignature,
  type RecordChecklist,
  type ReconciliationStateDto,
  type RecordInterruption,
  type RoomPersonDto,
  type SessionChecklistDto,
  type TreatmentRecordContent,
  isDeliveryFinished,
} from '@openiort/contract';

/** The delivered plan version as stored (plan_versions), with the signatures of that version. */
export interface DeliveredPlan {
  id: string;
  version: number;
  sourceModelId: string;
  sourceModelChecksum: string;
  engineVersion: string;
  limitsVersion: string;
  input: PlanInputDto;
  output: PlanOutputDto;
  signatures: PlanSignature[];
}

/** Everything a record is computed from; all read by the service, nothing here does I/O. */
export interface RecordSources {
  state: OrSessionState;
  plan: DeliveredPlan;
  patient: Patient;
  outputChecks: readonly OutputCheckRecordDto[];
  checklists: readonly SessionChecklistDto[];
  reconciliation: ReconciliationStateDto;
  measurements: readonly MeasurementDto[];
}

const person = (actor: OrSessionEventDto['actor']): RoomPersonDto => ({
  id: actor.id,
  displayName: actor.name,
  role: actor.role,
});

/**
 * Each interruption with what followed it: the source changes while it lasted and the resume or
 * abandon that ended it (operating-room.md §1.3, "Interruptions": time, cause, action).
 */
export function interruptionsOf(events: readonly OrSessionEventDto[]): RecordInterruption[] {
  const result: RecordInterruption[] = [];
  let open: RecordInterruption | null = null;
  for (const event of events) {
    if (event.type === 'interrupt') {
      open = {
        seq: event.seq,
        at: event.at,
        atS: event.atS,
        category: event.category ?? null,
        termination: event.termination ?? 'operator',
        reason: event.reason ?? null,
        by: person(event.actor),
        sourceChangesU: [],
        outcome: null,
      };
      result.push(open);
    } else if (open !== null && event.type === 'source-change')
      open.sourceChangesU.push(event.airKermaStrengthU ?? 0);
    else if (open !== null && event.type === 'resume') {
      open.outcome = { kind: 'resumed', atS: event.atS };
      open = null;
    } else if (open !== null && event.type === 'abandon') {
      open.outcome = { kind: 'abandoned', reason: event.reason ?? null };
      open = null;
    }
  }
  return result;
}

/** Who gave a checklist answer (the answer keeps the role as text; the server wrote a Role). */
const answerer = (answer: ChecklistAnswer): RoomPersonDto => ({
  id: answer.by.id,
  displayName: answer.by.displayName,
  role: answer.by.role as RoomPersonDto['role'],
});

const EVENT_WORDS: Record<OrSessionEventDto['type'], string> = {
  start: 'started the beam',
  interrupt: 'interrupted the delivery',
  'source-change': 'recorded a source change',
  resume: 'resumed the delivery',
  complete: 'completed the delivery',
  abandon: 'abandoned the delivery',
};

/** Everyone who acted in the session, in order of first appearance, with what they did. */
export function teamOf(
  sources: Omit<RecordSources, 'patient' | 'plan'>,
): TreatmentRecordContent['team'] {
  const team = new Map<string, RoomPersonDto & { did: string[] }>();
  const add = (who: RoomPersonDto, what: string) => {
    const member = team.get(who.id) ?? { ...who, did: [] };
    if (!member.did.includes(what)) member.did.push(what);
    team.set(who.id, member);
  };
  for (const check of sources.outputChecks) add(check.checkedBy, 'output check');
  for (const checklist of sources.checklists)
    for (const answer of checklist.answers) add(answerer(answer), checklist.template.title);
  for (const event of sources.state.events) add(person(event.actor), EVENT_WORDS[event.type]);
  const reconciled = sources.reconciliation.latest;
  if (reconciled !== null) {
    add(reconciled.recordedBy, 'reconciliation with the controller log');
    if (reconciled.acknowledgement !== null)
      add(reconciled.acknowledgement.by, 'acknowledged the differences');
  }
  for (const m of sources.measurements)
    add(m.recordedBy, m.measurement.kind === 'in-vivo' ? 'in-vivo dosimetry' : 'radiation survey');
  return [...team.values()];
}

function checklistOf(checklist: SessionChecklistDto): RecordChecklist {
  return {
    key: checklist.key,
    title: checklist.template.title,
    version: checklist.version,
    complete: checklist.completeness.complete,
    items: checklist.completeness.items.map(({ item, answer }) => ({
      id: item.id,
      text: item.text,
      answer: answer?.answer ?? null,
      reason: answer?.reason ?? null,
      by: answer === null ? null : answerer(answer),
      at: answer?.at ?? null,
    })),
  };
}

/**
 * The treatment record's content (operating-room.md §1.3: header, device QA, time-out, delivery,
 * interruptions, summary, sign-out), from the session as the server replays it. Pure: the same
 * sources give the same content, and so the same hash, on every instance.
 */
export function buildRecordContent(sources: RecordSources): TreatmentRecordContent {
  const { state, plan, patient } = sources;
  const finish = state.events.find((e) => e.type === 'complete' || e.type === 'abandon');
  return {
    sessionId: state.id,
    caseId: state.caseId,
    demonstration: state.demonstration || patient.isDemo,
    patient: {
      id: patient.id,
      mrn: patient.mrn,
      familyName: patient.familyName,
      givenName: patient.givenName,
      birthDate: patient.birthDate,
    },
    plan: {
      id: plan.id,
      version: plan.version,
      sourceModelId: plan.sourceModelId,
      sourceModelChecksum: plan.sourceModelChecksum,
      engineVersion: plan.engineVersion,
      limitsVersion: plan.limitsVersion,
      prescription: plan.input.prescription,
      fillVolumeCc: plan.input.applicator.fillVolumeCc,
      skinDistanceCm: plan.input.skinDistanceCm,
      chestWallDistanceCm: plan.input.chestWallDistanceCm ?? null,
      airKermaStrengthU: plan.output.airKermaStrengthU,
      totalTimeS: plan.output.status === 'ok' ? plan.output.totalTimeS : 0,
      signatures: plan.signatures.map((s) => ({
        role: s.role,
        userName: s.userName,
        meaning: s.meaning,
        signedAt: s.signedAt,
      })),
    },
    outputCheck: sources.outputChecks.at(-1) ?? null,
    delivery: {
      status: state.status,
      startedAt: state.startedAt,
      finishedAt: finish?.at ?? null,
      elapsedS: state.elapsedS,
      beamOnTimeS: state.beamOnTimeS,
      remainingTimeS: state.remainingTimeS,
      dwells: state.dwells,
      deliveredDoseGy: state.deliveredDoseGy,
      prescribedDoseGy: state.prescribedDoseGy,
      deviationPercent: state.deviationPercent,
      reportable: state.reportable,
      reportableDeviationPercent: state.reportableDeviationPercent,
      finalAirKermaStrengthU: state.airKermaStrengthU,
      abandonReason: finish?.type === 'abandon' ? (finish.reason ?? null) : null,
    },
    interruptions: interruptionsOf(state.events),
    reconciliation: sources.reconciliation.latest,
    measurements: [...sources.measurements],
    events: state.events,
    checklists: sources.checklists.map(checklistOf),
    team: teamOf(sources),
  };
}

/** SHA-256 of the content's canonical JSON: what a signature covers. */
export function contentHash(content: TreatmentRecordContent): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/**
 * What must happen before the record can be signed, in words (empty when it can be): the
 * delivery finished, the controller's log reconciled with differences acknowledged (issue 13:
 * "before the record is signed"), and the WHO sign-out done.
 */
export function recordMissing(content: TreatmentRecordContent): string[] {
  const missing: string[] = [];
  if (!isDeliveryFinished(content.delivery.status))
    missing.push('The delivery has not finished (complete or abandoned).');
  const reconciled = content.reconciliation;
  if (reconciled === null)
    missing.push('The per-dwell times from the controller’s log have not been entered.');
  else if (reconciled.comparison.needsAcknowledgement && reconciled.acknowledgement === null)
    missing.push('The differences from the controller’s log have not been acknowledged.');
  const signOut = content.checklists.find((c) => c.key === 'who-sign-out');
  if (signOut !== undefined && !signOut.complete)
    missing.push(
      `${signOut.title}: ${String(signOut.items.filter((i) => i.answer === null).length)} item(s) not answered.`,
    );
  return missing;
}

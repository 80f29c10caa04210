import type { StoredPlan } from '@openiort/contract';

/** What a gate may look at when deciding whether the beam may go on. */
export interface BeamOnContext {
  /** The OR session asking to start. */
  sessionId: string;
  /** The plan as it is now (its current version and the signatures of that version). */
  plan: StoredPlan;
  /** The plan version the session delivers. */
  sessionPlanVersion: number;
  /** The IORT case the session belongs to, when known. */
  caseId: string | null;
}

export type BeamOnVerdict = { ok: true } | { ok: false; reason: string; code: string };

/** One named precondition of beam-on (the start event). */
export interface BeamOnGate {
  name: string;
  check: (context: BeamOnContext) => Promise<BeamOnVerdict> | BeamOnVerdict;
}

/**
 * The preconditions OpenIORT checks before beam-on, by name; the composition root (app.ts)
 * registers them (docs/adr/0017). The time-out and output-check gates live with what they read
 * (or-checks/check-gates.ts). An unregistered slot is simply not checked: it is never reported
 * as passed.
 */
export const BEAM_ON_GATE_SLOTS = [
  'final-plan-signed',
  'time-out-checklist-complete',
  'output-check-passed',
  'final-plan-uses-measured-strength',
] as const;

/**
 * The delivered plan version is final: computed without refusal and signed by both a medical
 * physicist (physics review) and a radiation oncologist (physician approval) — Oregon OAR
 * 333-123-0105: parameters "evaluated and approved by a Radiation Therapy Physician and a
 * Qualified Medical Physicist" before treatment (operating-room.md §1.1).
 */
export const finalPlanSignedGate: BeamOnGate = {
  name: 'final-plan-signed',
  check: ({ plan, sessionPlanVersion }) => {
    if (plan.output.status !== 'ok')
      return {
        ok: false,
        code: 'plan-refused',
        reason: `The engine refused plan version ${String(plan.version)}; edit the plan again.`,
      };
    // Before beam-on the session follows the plan's current version (session-facts.ts), so a
    // difference here means that version cannot be delivered.
    if (plan.version !== sessionPlanVersion)
      return {
        ok: false,
        code: 'plan-changed',
        reason: `Plan version ${String(plan.version)} cannot be delivered in this session (it follows version ${String(sessionPlanVersion)}); edit the plan again.`,
      };
    const roles = new Set(plan.signatures.map((s) => s.role));
    const missing = [
      roles.has('medical-physicist') ? null : 'a medical physicist (physics review)',
      roles.has('radiation-oncologist') ? null : 'a radiation oncologist (physician approval)',
    ].filter((m) => m !== null);
    if (missing.length > 0)
      return {
        ok: false,
        code: 'plan-not-signed',
        reason: `Plan version ${String(plan.version)} is not signed by ${missing.join(' and ')}.`,
      };
    return { ok: true };
  },
};

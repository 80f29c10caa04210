import type { CandidacyGlance, PatientStatus, PlanStatus, SigningRole } from '@openiort/contract';

/** The latest plan's current version, its engine status and who signed that version. */
export interface LatestPlan {
  planId: string;
  version: number;
  refused: boolean;
  signedBy: ReadonlySet<SigningRole>;
}

/** none / draft (or refused) / physics-reviewed / approved, from the current version's signatures. */
export function planStatusOf(plan: LatestPlan | null): PlanStatus {
  if (plan === null) return 'none';
  const physics = plan.signedBy.has('medical-physicist');
  const physician = plan.signedBy.has('radiation-oncologist');
  if (physics && physician) return 'approved';
  if (physics) return 'physics-reviewed';
  return plan.refused ? 'refused' : 'draft';
}

function candidacyMissing(candidacy: CandidacyGlance | null): string[] {
  if (candidacy === null) return ['no candidacy evaluation'];
  const missing: string[] = [];
  if (candidacy.category === 'indeterminate') {
    missing.push('candidacy indeterminate: findings missing');
  }
  if (candidacy.phase !== 'final-pathology') {
    missing.push('no candidacy evaluation with final pathology');
  }
  return missing;
}

function planMissing(status: PlanStatus, plan: LatestPlan | null): string[] {
  switch (status) {
    case 'none':
      return ['no plan'];
    case 'refused':
      return ['plan refused by the dose engine'];
    case 'draft':
      return plan?.signedBy.has('radiation-oncologist') === true
        ? ['plan not reviewed by a medical physicist']
        : [
            'plan not reviewed by a medical physicist',
            'plan not signed by the radiation oncologist',
          ];
    case 'physics-reviewed':
      return ['plan not signed by the radiation oncologist'];
    case 'approved':
      return [];
  }
}

/** A patient's state at a glance, from their latest evaluation and latest plan. */
export function patientStatus(
  candidacy: CandidacyGlance | null,
  plan: LatestPlan | null,
): PatientStatus {
  const status = planStatusOf(plan);
  return {
    candidacy,
    plan: { status, planId: plan?.planId ?? null, version: plan?.version ?? null },
    missing: [...candidacyMissing(candidacy), ...planMissing(status, plan)],
  };
}

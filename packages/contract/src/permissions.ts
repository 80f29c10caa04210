import type { Role } from './roles.ts';

/**
 * Every action a signed-in person can take. Each server route names exactly one of these
 * (or is public), and the matrix below is the only place that says who may take it.
 */
export const ACTIONS = [
  'session:read',
  'patient:read',
  'patient:write',
  'audit:read',
  'user:read',
  'user:manage',
  'evaluation:read',
  'evaluation:write',
  'program:manage',
  'plan:read',
  'plan:write',
  'plan:sign',
  'limits:read',
  'limits:propose',
  'limits:cosign',
  'case:read',
  'case:refer',
  'case:candidacy',
  'case:decide',
  'case:consent',
  'case:schedule',
  'case:treatment-unit',
  'case:surgical',
  'case:direct',
  'case:plan',
  'case:close',
  'checklist:read',
  'checklist:manage',
  'delivery:read',
  'delivery:operate',
  'delivery:decide',
  'handout:print',
  'checklist:answer',
  'output-check:record',
  'record:sign',
  'record:addendum',
  'reconciliation:record',
  'measurement:record',
] as const;

export type Action = (typeof ACTIONS)[number];

const CLINICAL_ROLES = [
  'radiation-oncologist',
  'medical-physicist',
  'surgeon',
  'nurse',
  'research-coordinator',
] as const satisfies readonly Role[];

/**
 * Role × action matrix. The administrator manages patients too, so that a program that has just
 * set up OpenIORT can work before other accounts exist; a hospital that separates IT from
 * clinical duties removes `admin` from the patient rows here. Physicists and research
 * coordinators read demographics and candidacy evaluations but do not edit or record them. Only
 * the administrator changes the program's own candidacy criteria. Dose plans are made and signed
 * by medical physicists and radiation oncologists only; everyone clinical (and the administrator)
 * may read them.
 */
export const PERMISSION_MATRIX: Record<Action, readonly Role[]> = {
  'session:read': ['admin', ...CLINICAL_ROLES],
  'patient:read': ['admin', ...CLINICAL_ROLES],
  'patient:write': ['admin', 'radiation-oncologist', 'surgeon', 'nurse'],
  'audit:read': ['admin'],
  'user:read': ['admin'],
  'user:manage': ['admin'],
  'evaluation:read': ['admin', ...CLINICAL_ROLES],
  'evaluation:write': ['admin', 'radiation-oncologist', 'surgeon', 'nurse'],
  'program:manage': ['admin'],
  'plan:read': ['admin', ...CLINICAL_ROLES],
  'plan:write': ['medical-physicist', 'radiation-oncologist'],
  'plan:sign': ['medical-physicist', 'radiation-oncologist'],
  // Plan safety limits: proposed by the physicist, put in force by the radiation oncologist's
  // co-signature (the people accountable for them), never by the IT administrator.
  'limits:read': ['admin', ...CLINICAL_ROLES],
  'limits:propose': ['medical-physicist'],
  'limits:cosign': ['radiation-oncologist'],
  // The case pathway (issue 12): each step by the people who take it in the clinic; the
  // research coordinator and the administrator read only.
  'case:read': ['admin', ...CLINICAL_ROLES],
  'case:refer': ['surgeon'],
  // Linking candidacy evaluations (pre-operative and final pathology): those who record them.
  'case:candidacy': ['radiation-oncologist', 'surgeon', 'nurse'],
  // Team decision, written directive and post-pathology decision.
  'case:decide': ['radiation-oncologist'],
  'case:direct': ['radiation-oncologist'],
  'case:consent': ['nurse'],
  'case:schedule': ['surgeon', 'nurse'],
  'case:treatment-unit': ['medical-physicist'],
  // The expected balloon and later the surgical data of the operation.
  'case:surgical': ['surgeon'],
  'case:plan': ['medical-physicist'],
  // Closing after the post-pathology decision, or withdrawing with a reason at any step.
  'case:close': ['radiation-oncologist', 'surgeon', 'nurse'],
  // OR checklists: everyone clinical reads them; the administrator edits them (program data).
  'checklist:read': ['admin', ...CLINICAL_ROLES],
  'checklist:manage': ['admin'],
  // Operating-room delivery: every device in the room follows it (nurse's tablet, wall display,
  // research coordinator reading); the physicist at the console and the radiation oncologist
  // open and run it; abandoning the treatment is the radiation oncologist's decision
  // (operating-room.md §1.3–1.4: interruption "decision-maker", abandon "with reason and RO decision").
  'delivery:read': ['admin', ...CLINICAL_ROLES],
  'delivery:operate': ['medical-physicist', 'radiation-oncologist'],
  'delivery:decide': ['radiation-oncologist'],
  // Patient handouts are given to the patient by her care team; research coordinators read
  // records for studies but do not counsel patients, so they do not print them.
  'handout:print': ['admin', 'radiation-oncologist', 'medical-physicist', 'surgeon', 'nurse'],
  // Answering a checklist in the room: the issue names the nurse; the time-out is a team check
  // (WHO: surgeon, anaesthetist and nurse confirm; the IORT items are the physicist's and the
  // radiation oncologist's), so every clinical member of the room team may answer, as themselves.
  'checklist:answer': ['nurse', 'surgeon', 'medical-physicist', 'radiation-oncologist'],
  // The output check is the physicist's measurement (issue 13: "physicist: output check").
  'output-check:record': ['medical-physicist'],
  // The treatment record (issue 13): the radiation oncologist approves the delivery, the
  // physicist signs the physics review (operating-room.md §1.3); either adds a dated addendum.
  // Everyone who may follow the delivery reads the record (delivery:read).
  'record:sign': ['radiation-oncologist', 'medical-physicist'],
  'record:addendum': ['radiation-oncologist', 'medical-physicist'],
  // After the delivery: the controller-log reconciliation and the in-room measurements
  // (in-vivo dosimeters, survey readings) are the physicist's (operating-room.md §1.3,
  // "Measurements"; issue 13 names the physicist for the delivery log).
  'reconciliation:record': ['medical-physicist'],
  'measurement:record': ['medical-physicist'],
};

export function isAllowed(role: Role, action: Action): boolean {
  return PERMISSION_MATRIX[action].includes(role);
}

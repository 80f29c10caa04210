import fc from 'fast-check';
import { CASE_STEPS, TEAM_DECISIONS, type CaseStep } from '@openiort/contract';
import { describe, expect, it } from 'vitest';
import {
  STEP_ROLES,
  addDays,
  pathwayView,
  refusalOf,
  type CaseAction,
  type PathwaySnapshot,
} from './case-pathway.ts';

const TODAY = '2026-11-28';

const referred: PathwaySnapshot = {
  status: 'open',
  referralDate: '2026-11-20',
  evaluations: [],
  finalPathologyDate: null,
  decision: null,
  hasConsent: false,
  operationDate: null,
  hasTreatmentUnit: false,
  directiveVersions: 0,
  planKinds: [],
  hasPostPathologyDecision: false,
  delivery: 'none',
};

const evaluated: PathwaySnapshot = {
  ...referred,
  evaluations: [{ id: 'pre', phase: 'preoperative' }],
};
const offered: PathwaySnapshot = { ...evaluated, decision: 'offer-iort' };
const readyForOperation: PathwaySnapshot = {
  ...offered,
  hasConsent: true,
  operationDate: '2026-12-02',
  hasTreatmentUnit: true,
  directiveVersions: 1,
  planKinds: ['pre-plan'],
};
const operated: PathwaySnapshot = { ...readyForOperation, operationDate: '2026-11-25' };
const pathologyIn: PathwaySnapshot = {
  ...operated,
  evaluations: [...operated.evaluations, { id: 'final', phase: 'final-pathology' }],
  finalPathologyDate: '2026-11-27',
};
const decidedAfter: PathwaySnapshot = { ...pathologyIn, hasPostPathologyDecision: true };

const nextOf = (s: PathwaySnapshot, today = TODAY) => pathwayView(s, today).next;
const stateOf = (s: PathwaySnapshot, step: CaseStep, today = TODAY) =>
  pathwayView(s, today).steps.find((v) => v.step === step)?.state;

describe('the next step and who must act, at each stage', () => {
  it.each([
    ['referred', referred, 'candidacy', ['surgeon', 'nurse', 'radiation-oncologist']],
    ['evaluated', evaluated, 'decision', ['radiation-oncologist']],
    ['offered', offered, 'consent', ['nurse']],
    ['ready for the operation', readyForOperation, 'delivery', STEP_ROLES.delivery],
    ['operated', operated, 'final-pathology', ['surgeon']],
    ['final pathology in', pathologyIn, 'post-pathology-decision', ['radiation-oncologist']],
    ['decided after pathology', decidedAfter, 'closed', ['radiation-oncologist']],
  ] as const)('%s → %s', (_label, snapshot, step, roles) => {
    const next = nextOf(snapshot);
    expect(next?.step).toBe(step);
    expect(next?.roles).toEqual(roles);
  });

  it('lists pre-operative steps side by side once IORT is offered', () => {
    expect(pathwayView(offered, TODAY).waiting.map((w) => w.step)).toEqual([
      'consent',
      'scheduling',
      'directive',
      'plans',
    ]);
  });

  it('asks the physicist for the treatment unit when only the date and room are set', () => {
    const s = { ...offered, operationDate: '2026-12-10' };
    const scheduling = pathwayView(s, TODAY).waiting.find((w) => w.step === 'scheduling');
    expect(scheduling?.roles).toEqual(['medical-physicist']);
  });

  it('sends the case back to the team when it asked for more information', () => {
    const s = { ...evaluated, decision: 'need-more-information' as const };
    expect(nextOf(s)?.step).toBe('decision');
    expect(nextOf(s)?.note).toMatch(/more information/);
  });

  it('marks the later steps not needed when IORT is not offered, and lets the case close', () => {
    const s = { ...evaluated, decision: 'do-not-offer' as const };
    expect(stateOf(s, 'consent')).toBe('not-needed');
    expect(stateOf(s, 'post-pathology-decision')).toBe('not-needed');
    expect(nextOf(s)?.step).toBe('closed');
    expect(refusalOf(s, { kind: 'close' }, TODAY)).toBeUndefined();
  });

  it('waits for nothing once the case is closed or withdrawn', () => {
    for (const status of ['closed', 'withdrawn'] as const) {
      const view = pathwayView({ ...decidedAfter, status }, TODAY);
      expect(view.next).toBeNull();
      expect(view.waiting).toEqual([]);
    }
  });

  it('waits for the delivery until its treatment record is signed by both, overdue after the operation day', () => {
    expect(stateOf(readyForOperation, 'delivery')).toBe('waiting');
    expect(pathwayView(readyForOperation, TODAY).waiting.map((w) => w.step)).toEqual(['delivery']);
    // No session at all after the operation day: IORT was not given; nothing waits for ever.
    expect(pathwayView(operated, TODAY).waiting.map((w) => w.step)).not.toContain('delivery');
    for (const delivery of ['in-progress', 'finished'] as const) {
      const view = pathwayView({ ...operated, delivery }, TODAY);
      const waiting = view.waiting.find((w) => w.step === 'delivery');
      expect(waiting).toMatchObject({ roles: STEP_ROLES.delivery, overdue: true });
    }
    const signed = { ...operated, delivery: 'signed' } as const;
    expect(stateOf(signed, 'delivery')).toBe('done');
    expect(pathwayView(signed, TODAY).waiting.map((w) => w.step)).not.toContain('delivery');
    // A record still unsigned when final pathology arrives keeps waiting.
    expect(
      pathwayView({ ...pathologyIn, delivery: 'finished' }, TODAY).waiting.map((w) => w.step),
    ).toContain('delivery');
  });
});

describe('due dates and overdue steps', () => {
  it('makes the team decision due 14 days after referral', () => {
    expect(nextOf(evaluated, '2026-12-04')).toMatchObject({
      dueDate: '2026-12-04',
      overdue: false,
    });
    expect(nextOf(evaluated, '2026-12-05')?.overdue).toBe(true);
  });

  it('makes consent due the day before the operation', () => {
    const s = { ...offered, operationDate: '2026-12-02' };
    expect(nextOf(s, '2026-12-01')).toMatchObject({ step: 'consent', overdue: false });
    expect(nextOf(s, '2026-12-02')).toMatchObject({ step: 'consent', overdue: true });
  });

  it('makes final pathology due 21 days after the operation', () => {
    expect(nextOf(operated, '2026-12-16')).toMatchObject({ dueDate: '2026-12-16', overdue: false });
    expect(nextOf(operated, '2026-12-17')?.overdue).toBe(true);
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('what is refused, and why', () => {
  const refusal = (s: PathwaySnapshot, action: CaseAction, today = TODAY) =>
    refusalOf(s, action, today)?.reason;

  it('refuses a directive before a decision to offer IORT', () => {
    expect(refusal(evaluated, { kind: 'directive', hasReason: false })).toBe(
      'directive-needs-offer-decision',
    );
    for (const decision of ['do-not-offer', 'need-more-information'] as const)
      expect(refusal({ ...evaluated, decision }, { kind: 'directive', hasReason: true })).toBe(
        'directive-needs-offer-decision',
      );
    expect(refusal(offered, { kind: 'directive', hasReason: false })).toBeUndefined();
  });

  it('refuses a change of a locked directive without a reason', () => {
    const locked = { ...offered, directiveVersions: 1 };
    expect(refusal(locked, { kind: 'directive', hasReason: false })).toBe(
      'directive-change-needs-reason',
    );
    expect(refusal(locked, { kind: 'directive', hasReason: true })).toBeUndefined();
  });

  it('refuses a post-pathology decision before final pathology', () => {
    expect(refusal(operated, { kind: 'save', step: 'post-pathology-decision' })).toBe(
      'post-pathology-needs-final-pathology',
    );
    expect(refusal(pathologyIn, { kind: 'save', step: 'post-pathology-decision' })).toBeUndefined();
  });

  it('refuses a team decision without an evaluation of the case', () => {
    const decide = { kind: 'save', step: 'decision', evaluationId: 'pre' } as const;
    expect(refusal(referred, decide)).toBe('decision-needs-evaluation');
    expect(refusal(evaluated, { ...decide, evaluationId: 'other' })).toBe('evaluation-not-in-case');
    expect(refusal(evaluated, decide)).toBeUndefined();
  });

  it('refuses consent and plans before an offer, and a final plan before the directive', () => {
    expect(refusal(evaluated, { kind: 'save', step: 'consent' })).toBe(
      'consent-needs-offer-decision',
    );
    expect(refusal(evaluated, { kind: 'link-plan', planKind: 'pre-plan' })).toBe(
      'plan-needs-offer-decision',
    );
    expect(refusal(offered, { kind: 'link-plan', planKind: 'final' })).toBe(
      'final-plan-needs-directive',
    );
  });

  it('refuses final pathology before the operation', () => {
    const link = { kind: 'link-evaluation', phase: 'final-pathology' } as const;
    expect(refusal(offered, link)).toBe('final-pathology-needs-operation');
    expect(refusal(readyForOperation, link)).toBe('final-pathology-before-operation');
    expect(refusal(readyForOperation, link, '2026-12-02')).toBeUndefined();
  });

  it('refuses closing before the post-pathology decision, but never a withdrawal', () => {
    expect(refusal(pathologyIn, { kind: 'close' })).toBe('close-needs-post-pathology-decision');
    expect(refusal(decidedAfter, { kind: 'close' })).toBeUndefined();
    expect(refusal(referred, { kind: 'withdraw' })).toBeUndefined();
  });
});

/** Any snapshot a database could hold. */
const snapshot: fc.Arbitrary<PathwaySnapshot> = fc.record({
  status: fc.constantFrom('open', 'closed', 'withdrawn'),
  referralDate: fc.constantFrom(null, '2026-11-01', '2026-11-27'),
  evaluations: fc.array(
    fc.record({
      id: fc.constantFrom('a', 'b', 'c'),
      phase: fc.constantFrom('preoperative', 'final-pathology', null),
    }),
    { maxLength: 3 },
  ),
  finalPathologyDate: fc.constantFrom(null, '2026-11-20'),
  decision: fc.constantFrom(null, ...TEAM_DECISIONS),
  hasConsent: fc.boolean(),
  operationDate: fc.constantFrom(null, '2026-11-10', TODAY, '2026-12-24'),
  hasTreatmentUnit: fc.boolean(),
  directiveVersions: fc.nat(3),
  planKinds: fc.array(fc.constantFrom('pre-plan', 'final'), { maxLength: 2 }),
  hasPostPathologyDecision: fc.boolean(),
  delivery: fc.constantFrom('none', 'in-progress', 'finished', 'signed'),
});

const actions: fc.Arbitrary<CaseAction> = fc.oneof(
  fc.constantFrom<CaseAction>(
    { kind: 'save', step: 'referral' },
    { kind: 'save', step: 'consent' },
    { kind: 'save', step: 'post-pathology-decision' },
    { kind: 'close' },
    { kind: 'withdraw' },
    { kind: 'link-plan', planKind: 'final' },
    { kind: 'link-evaluation', phase: 'final-pathology' },
  ),
  fc.record({ kind: fc.constant('directive' as const), hasReason: fc.boolean() }),
  fc.record({
    kind: fc.constant('save' as const),
    step: fc.constant('decision' as const),
    evaluationId: fc.constantFrom('a', 'b', 'z'),
  }),
);

describe('pathway properties', () => {
  it('lists every step once, in the natural order', () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        expect(pathwayView(s, TODAY).steps.map((v) => v.step)).toEqual([...CASE_STEPS]);
      }),
    );
  });

  it('waits only on steps that are not done, and the next step is the first of them', () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        const view = pathwayView(s, TODAY);
        for (const w of view.waiting)
          expect(view.steps.find((v) => v.step === w.step)?.state).toBe('waiting');
        expect(view.next).toEqual(view.waiting[0] ?? null);
        for (const v of view.steps) if (v.overdue) expect((v.dueDate ?? '') < TODAY).toBe(true);
      }),
    );
  });

  it('refuses everything but nothing when the case is not open, and allows a withdrawal of an open case', () => {
    fc.assert(
      fc.property(snapshot, actions, (s, action) => {
        const refusal = refusalOf(s, action, TODAY);
        if (s.status !== 'open') expect(refusal?.reason).toBe('case-not-open');
        else if (action.kind === 'withdraw') expect(refusal).toBeUndefined();
      }),
    );
  });

  it('never allows a directive or consent without an offer, nor a post-pathology decision without final pathology', () => {
    fc.assert(
      fc.property(snapshot, actions, (s, action) => {
        if (refusalOf(s, action, TODAY) !== undefined) return;
        if (action.kind === 'directive') expect(s.decision).toBe('offer-iort');
        if (action.kind === 'save' && action.step === 'consent')
          expect(s.decision).toBe('offer-iort');
        if (action.kind === 'save' && action.step === 'post-pathology-decision')
          expect(s.evaluations.some((e) => e.phase === 'final-pathology')).toBe(true);
        if (action.kind === 'link-evaluation')
          expect(s.operationDate !== null && s.operationDate <= TODAY).toBe(true);
      }),
    );
  });
});

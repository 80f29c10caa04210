import type { CaseView, StaffList } from '@openiort/contract';
import type { CaseChange } from '../../api/cases.ts';
import type { FieldSpec } from './step-fields.tsx';
import { DECISION_LABELS, POST_PATHOLOGY_LABELS, options } from './step-labels.ts';

/** One editable step record: its fields, its starting values and the request they make. */
export interface StepSpec {
  fields: readonly FieldSpec[];
  initial: Record<string, string>;
  toChange: (values: Record<string, string>) => CaseChange;
}

const text = (name: string, label: string, kind: FieldSpec['kind'] = 'text'): FieldSpec => ({
  name,
  label,
  kind,
});

/** A number as typed: empty stays absent, so the server says it is required. */
const numberOf = (value: string | undefined) =>
  value === undefined || value.trim() === '' ? undefined : Number(value);

const asStrings = (data: object | undefined): Record<string, string> =>
  Object.fromEntries(
    Object.entries(data ?? {}).map(([k, v]) => [
      k,
      v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v),
    ]),
  );

function put(path: string, version: number | undefined, body: object): CaseChange {
  return { path, method: 'PUT', body: { ...body, version: version ?? 0 } };
}

export function referralSpec(view: CaseView): StepSpec {
  return {
    fields: [
      text('referredBy', 'Referred by'),
      text('referralDate', 'Referral date', 'date'),
      text('reason', 'Reason for referral', 'textarea'),
    ],
    initial: asStrings(view.referral?.data),
    toChange: (v) => put('referral', view.referral?.version, v),
  };
}

export function decisionSpec(view: CaseView, evaluationLabel: (id: string) => string): StepSpec {
  const data = view.decision?.data;
  return {
    fields: [
      { name: 'outcome', label: 'Decision', kind: 'select', options: options(DECISION_LABELS) },
      text('meetingDate', 'Meeting date', 'date'),
      {
        name: 'evaluationId',
        label: 'Evaluation the decision relied on',
        kind: 'select',
        options: view.evaluations.map((e) => ({
          value: e.evaluationId,
          label: evaluationLabel(e.evaluationId),
        })),
      },
      text('rationale', 'Rationale', 'textarea'),
      { name: 'attendees', label: 'Attendees', kind: 'attendees' },
    ],
    initial: {
      ...asStrings(data),
      attendees: JSON.stringify(data?.attendees ?? [{ name: '', role: 'radiation-oncologist' }]),
      evaluationId: data?.evaluationId ?? view.evaluations.at(-1)?.evaluationId ?? '',
    },
    toChange: (v) =>
      put('decision', view.decision?.version, {
        ...v,
        attendees: JSON.parse(v.attendees ?? '[]') as unknown,
      }),
  };
}

export function consentSpec(view: CaseView): StepSpec {
  return {
    fields: [
      text('consentDate', 'Consent date', 'date'),
      text('documentVersion', 'Consent document version'),
      text('witness', 'Witness'),
      {
        name: 'wholeBreastRadiationExplained',
        label: 'Whole-breast radiation after final pathology was explained',
        description: 'Final pathology can show that whole-breast radiation should be added.',
        kind: 'checkbox',
      },
    ],
    initial: asStrings(view.consent?.data),
    toChange: (v) =>
      put('consent', view.consent?.version, {
        ...v,
        wholeBreastRadiationExplained: v.wholeBreastRadiationExplained === 'true',
      }),
  };
}

export function schedulingSpec(view: CaseView, staff: StaffList | undefined): StepSpec {
  const people = (role: string) =>
    (staff?.items ?? [])
      .filter((p) => p.role === role)
      .map((p) => ({ value: p.id, label: p.displayName }));
  return {
    fields: [
      text('operationDate', 'Operation date', 'date'),
      text('room', 'Operating room'),
      { name: 'surgeonId', label: 'Surgeon', kind: 'select', options: people('surgeon') },
      {
        name: 'radiationOncologistId',
        label: 'Radiation oncologist',
        kind: 'select',
        options: people('radiation-oncologist'),
      },
      {
        name: 'physicistId',
        label: 'Medical physicist',
        kind: 'select',
        options: people('medical-physicist'),
      },
    ],
    initial: asStrings(view.scheduling?.data),
    toChange: (v) => put('scheduling', view.scheduling?.version, v),
  };
}

export function treatmentUnitSpec(view: CaseView): StepSpec {
  return {
    fields: [
      text('controllerSerial', 'Controller serial number'),
      text('sourceSerial', 'Source serial number'),
    ],
    initial: asStrings(view.treatmentUnit?.data),
    toChange: (v) => put('treatment-unit', view.treatmentUnit?.version, v),
  };
}

export function balloonSpec(view: CaseView): StepSpec {
  return {
    fields: [
      text('fillVolumeCc', 'Expected balloon fill volume (cc)', 'number'),
      { name: 'note', label: 'Note', kind: 'textarea', required: false },
    ],
    initial: asStrings(view.expectedBalloon?.data),
    toChange: (v) =>
      put('expected-balloon', view.expectedBalloon?.version, {
        fillVolumeCc: numberOf(v.fillVolumeCc),
        note: (v.note ?? '').trim() === '' ? null : v.note,
      }),
  };
}

export function postPathologySpec(view: CaseView): StepSpec {
  return {
    fields: [
      {
        name: 'decision',
        label: 'Decision after final pathology',
        kind: 'select',
        options: options(POST_PATHOLOGY_LABELS),
      },
      text('reason', 'Reason', 'textarea'),
    ],
    initial: asStrings(view.postPathologyDecision?.data),
    toChange: (v) => put('post-pathology-decision', view.postPathologyDecision?.version, v),
  };
}

export function directiveSpec(view: CaseView): StepSpec {
  const current = view.directive.current;
  return {
    fields: [
      text('site', 'Treatment site'),
      text('doseGy', 'Dose (Gy)', 'number'),
      {
        name: 'prescribedTo',
        label: 'Prescribed to',
        kind: 'select',
        options: [
          { value: 'balloon-surface', label: 'Balloon surface' },
          { value: 'depth', label: 'A depth' },
        ],
      },
      {
        name: 'depthMm',
        label: 'Depth (mm), when prescribed to a depth',
        kind: 'number',
        required: false,
      },
      ...(current === null
        ? []
        : [{ name: 'reason', label: 'Reason for the change', kind: 'textarea' } as const]),
    ],
    initial: {
      site: `${view.laterality === 'left' ? 'Left' : 'Right'} breast lumpectomy cavity`,
      doseGy: '20',
      prescribedTo: 'balloon-surface',
      ...asStrings(current?.directive),
      reason: '',
    },
    toChange: (v) => ({
      path: 'directive',
      method: 'POST',
      body: {
        directive: {
          site: v.site,
          laterality: view.laterality,
          doseGy: numberOf(v.doseGy),
          prescribedTo: v.prescribedTo,
          depthMm: numberOf(v.depthMm) ?? null,
          fractions: 1,
        },
        reason: current === null || (v.reason ?? '').trim() === '' ? null : v.reason,
        // Single sign-on accounts send none: they re-authenticate at the identity provider.
        ...(v.password === undefined ? {} : { password: v.password }),
        meaning: v.meaning ?? '',
        version: view.directive.history.length,
      },
    }),
  };
}

import type { CaseView, StaffList } from '@openiort/contract';
import type { TFunction } from 'i18next';
import type { CaseChange } from '../../api/cases.ts';
import type { FieldSpec } from './step-fields.tsx';
import { DECISION_LABELS, POST_PATHOLOGY_LABELS, options } from './step-labels.ts';

/** One editable step record (the spec functions take `t` of the clinician namespace): its fields, its starting values and the request they make. */
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

export function referralSpec(t: TFunction, view: CaseView): StepSpec {
  return {
    fields: [
      text('referredBy', t('cases.referral.referredBy')),
      text('referralDate', t('cases.referral.referralDate'), 'date'),
      text('reason', t('cases.referral.reason'), 'textarea'),
    ],
    initial: asStrings(view.referral?.data),
    toChange: (v) => put('referral', view.referral?.version, v),
  };
}

export function decisionSpec(
  t: TFunction,
  view: CaseView,
  evaluationLabel: (id: string) => string,
): StepSpec {
  const data = view.decision?.data;
  return {
    fields: [
      {
        name: 'outcome',
        label: t('cases.fact.decision'),
        kind: 'select',
        options: options(t, DECISION_LABELS),
      },
      text('meetingDate', t('cases.decision.meetingDate'), 'date'),
      {
        name: 'evaluationId',
        label: t('cases.decision.evaluation'),
        kind: 'select',
        options: view.evaluations.map((e) => ({
          value: e.evaluationId,
          label: evaluationLabel(e.evaluationId),
        })),
      },
      text('rationale', t('cases.decision.rationale'), 'textarea'),
      { name: 'attendees', label: t('cases.fields.attendees'), kind: 'attendees' },
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

export function consentSpec(t: TFunction, view: CaseView): StepSpec {
  return {
    fields: [
      text('consentDate', t('cases.consent.consentDate'), 'date'),
      text('documentVersion', t('cases.consent.consentDocumentVersion')),
      text('witness', t('cases.consent.witness')),
      {
        name: 'wholeBreastRadiationExplained',
        label: t('cases.consent.explained'),
        description: t('cases.consent.explainedDescription'),
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

export function schedulingSpec(
  t: TFunction,
  view: CaseView,
  staff: StaffList | undefined,
): StepSpec {
  const people = (role: string) =>
    (staff?.items ?? [])
      .filter((p) => p.role === role)
      .map((p) => ({ value: p.id, label: p.displayName }));
  return {
    fields: [
      text('operationDate', t('cases.scheduling.operationDate'), 'date'),
      text('room', t('cases.scheduling.operatingRoom')),
      {
        name: 'surgeonId',
        label: t('cases.scheduling.surgeon'),
        kind: 'select',
        options: people('surgeon'),
      },
      {
        name: 'radiationOncologistId',
        label: t('cases.scheduling.radiationOncologist'),
        kind: 'select',
        options: people('radiation-oncologist'),
      },
      {
        name: 'physicistId',
        label: t('cases.scheduling.physicist'),
        kind: 'select',
        options: people('medical-physicist'),
      },
    ],
    initial: asStrings(view.scheduling?.data),
    toChange: (v) => put('scheduling', view.scheduling?.version, v),
  };
}

export function treatmentUnitSpec(t: TFunction, view: CaseView): StepSpec {
  return {
    fields: [
      text('controllerSerial', t('cases.scheduling.controllerSerialNumber')),
      text('sourceSerial', t('cases.scheduling.sourceSerialNumber')),
    ],
    initial: asStrings(view.treatmentUnit?.data),
    toChange: (v) => put('treatment-unit', view.treatmentUnit?.version, v),
  };
}

export function balloonSpec(t: TFunction, view: CaseView): StepSpec {
  return {
    fields: [
      text('fillVolumeCc', t('cases.scheduling.expectedFillVolume'), 'number'),
      {
        name: 'note',
        label: t('cases.scheduling.note'),
        kind: 'textarea',
        required: false,
      },
    ],
    initial: asStrings(view.expectedBalloon?.data),
    toChange: (v) =>
      put('expected-balloon', view.expectedBalloon?.version, {
        fillVolumeCc: numberOf(v.fillVolumeCc),
        note: (v.note ?? '').trim() === '' ? null : v.note,
      }),
  };
}

export function postPathologySpec(t: TFunction, view: CaseView): StepSpec {
  return {
    fields: [
      {
        name: 'decision',
        label: t('cases.postPathology.decision'),
        kind: 'select',
        options: options(t, POST_PATHOLOGY_LABELS),
      },
      text('reason', t('cases.fact.reason'), 'textarea'),
    ],
    initial: asStrings(view.postPathologyDecision?.data),
    toChange: (v) => put('post-pathology-decision', view.postPathologyDecision?.version, v),
  };
}

export function directiveSpec(t: TFunction, view: CaseView): StepSpec {
  const current = view.directive.current;
  return {
    fields: [
      text('site', t('cases.directive.treatmentSite')),
      text('doseGy', t('cases.directive.dose'), 'number'),
      {
        name: 'prescribedTo',
        label: t('cases.directive.prescribedTo'),
        kind: 'select',
        options: [
          { value: 'balloon-surface', label: t('cases.directive.balloonSurface') },
          { value: 'depth', label: t('cases.directive.aDepth') },
        ],
      },
      {
        name: 'depthMm',
        label: t('cases.directive.depth'),
        kind: 'number',
        required: false,
      },
      ...(current === null
        ? []
        : [
            {
              name: 'reason',
              label: t('cases.directive.reasonForTheChange'),
              kind: 'textarea' as const,
            },
          ]),
    ],
    initial: {
      site:
        view.laterality === 'left' ? t('cases.directive.leftSite') : t('cases.directive.rightSite'),
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

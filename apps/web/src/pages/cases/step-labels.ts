import {
  ROLE_LABELS,
  type CaseStatus,
  type PostPathologyOutcome,
  type Role,
  type StepState,
  type TeamDecisionOutcome,
} from '@openiort/contract';
import type { TFunction } from 'i18next';

/** The clinician strings' key for each case status. */
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  open: 'cases.status.open',
  closed: 'cases.status.closed',
  withdrawn: 'cases.status.withdrawn',
};

/** The clinician strings' key for each team decision. */
export const DECISION_LABELS: Record<TeamDecisionOutcome, string> = {
  'offer-iort': 'cases.decisionOutcome.offerIort',
  'do-not-offer': 'cases.decisionOutcome.doNotOffer',
  'need-more-information': 'cases.decisionOutcome.needMoreInformation',
};

/** The clinician strings' key for each decision after final pathology. */
export const POST_PATHOLOGY_LABELS: Record<PostPathologyOutcome, string> = {
  'iort-alone': 'cases.postPathologyOutcome.iortAlone',
  'add-whole-breast-radiation': 'cases.postPathologyOutcome.addWholeBreastRadiation',
  're-excision': 'cases.postPathologyOutcome.reExcision',
  other: 'cases.postPathologyOutcome.other',
};

/** Each step state's words (a clinician strings key) and colour. */
export const STATE_LABELS: Record<StepState, { label: string; color: string }> = {
  done: { label: 'cases.state.done', color: 'green' },
  waiting: { label: 'cases.state.waiting', color: 'blue' },
  'not-yet': { label: 'cases.state.notYet', color: 'gray' },
  'not-needed': { label: 'cases.state.notNeeded', color: 'gray' },
};

export const rolesText = (roles: readonly Role[]) => roles.map((r) => ROLE_LABELS[r]).join(', ');

/** Select options from a map of clinician strings keys; `t` of the clinician namespace. */
export const options = <K extends string>(t: TFunction, labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label: t(label) }));

/** "Left breast" / "Right breast"; `t` of the clinician namespace. */
export const lateralityLabel = (t: TFunction, laterality: 'left' | 'right') =>
  laterality === 'left' ? t('cases.leftBreast') : t('cases.rightBreast');

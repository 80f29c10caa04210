import {
  ROLE_LABELS,
  type PostPathologyOutcome,
  type Role,
  type StepState,
  type TeamDecisionOutcome,
} from '@openiort/contract';

export const DECISION_LABELS: Record<TeamDecisionOutcome, string> = {
  'offer-iort': 'Offer IORT',
  'do-not-offer': 'Do not offer IORT',
  'need-more-information': 'Need more information',
};

export const POST_PATHOLOGY_LABELS: Record<PostPathologyOutcome, string> = {
  'iort-alone': 'IORT alone',
  'add-whole-breast-radiation': 'Add whole-breast radiation',
  're-excision': 'Re-excision',
  other: 'Other',
};

export const STATE_LABELS: Record<StepState, { label: string; color: string }> = {
  done: { label: 'Done', color: 'green' },
  waiting: { label: 'Waiting', color: 'blue' },
  'not-yet': { label: 'Later', color: 'gray' },
  placeholder: { label: 'Operating room', color: 'grape' },
  'not-needed': { label: 'Not needed', color: 'gray' },
};

export const rolesText = (roles: readonly Role[]) => roles.map((r) => ROLE_LABELS[r]).join(', ');

export const options = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

export const lateralityLabel = (laterality: 'left' | 'right') =>
  laterality === 'left' ? 'Left breast' : 'Right breast';

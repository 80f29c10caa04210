import type { Condition } from '../condition.ts';
import { PN2_STAGES, PN3_STAGES } from '../facts.ts';
import type { Criterion, RuleSet, Source } from '../rule-set.ts';
import { citing, DCIS_AXILLA_NOT_STAGED } from './common.ts';
import type { ProgramCriteria } from './program-default.ts';
import {
  OPTIONAL_RISK_TRIGGER_IDS,
  OPTIONAL_RISK_TRIGGERS,
  type RiskTrigger,
} from './risk-triggers.ts';

/**
 * TARGIT risk-adapted re-evaluation on final pathology (reference clinical.md §0 item 2, §1f,
 * §5): findings that add whole-breast radiation (no boost) after IORT. Before final pathology
 * the answer is "indeterminate".
 *
 * Lobular histology (Lancet 2010, PI pages) and four or more positive nodes (registration) are
 * confirmed. Involved margins and EIC come from the usual summary of the BMJ 2020 protocol list,
 * whose wording §1f marks UNCONFIRMED. A mixed ductal–lobular tumour counts as lobular (the
 * stricter reading). The program may add triggers from risk-triggers.ts; the version names them.
 */
const lancet2010 = citing('Vaidya JS, et al. Lancet 2010;376:91–102', 'clinical.md §1f');
const registration = citing(
  'TARGIT-A trial registration ISRCTN34086741 / NCT00983684, exclusions',
  'clinical.md §1f',
);
const bmj2020List = citing(
  'Vaidya JS, et al. BMJ 2020;370:m2836, protocol trigger list as commonly summarised',
  'clinical.md §1f',
);

const trigger = (id: string, label: string, when: Condition, source: Source) =>
  toCriterion({ id, label, when, source });

function toCriterion(t: RiskTrigger): Criterion {
  return {
    id: t.id,
    label: t.label,
    source: t.source,
    rules: [{ when: t.when, category: 'add-whole-breast' }],
    otherwise: 'iort-alone',
  };
}

const DEFAULT_TRIGGERS: readonly Criterion[] = [
  trigger(
    'positive-margin',
    'Positive margin',
    { field: 'closestMarginMm', op: '<=', value: 0 },
    bmj2020List(
      'Involved margins (tumour at ink) needing re-excision add whole-breast radiation',
      'unconfirmed',
    ),
  ),
  trigger(
    'lobular',
    'Invasive lobular carcinoma',
    { field: 'histology', in: ['lobular', 'mixed-ductal-lobular'] },
    lancet2010('Lobular carcinoma found after surgery could trigger whole-breast radiation'),
  ),
  trigger(
    'eic',
    'Extensive intraductal component',
    { field: 'eic', in: ['present'] },
    bmj2020List('EIC on final pathology adds whole-breast radiation', 'unconfirmed'),
  ),
  trigger(
    'four-or-more-nodes',
    'Four or more positive nodes',
    // An unstaged pure DCIS (no nodal surgery, pNX) has no nodes to count (issue 9 point 1).
    {
      all: [
        { not: DCIS_AXILLA_NOT_STAGED },
        { field: 'pathologicNodalStage', in: [...PN2_STAGES, ...PN3_STAGES] },
      ],
    },
    registration(
      'As a general rule four or more positive nodes (pN2a or worse) are not suitable for ' +
        'TARGIT alone and should also receive whole-breast radiation',
    ),
  ),
];

export function targitRiskAdapted(program: ProgramCriteria): RuleSet {
  // Canonical order, once each, so the same choice always gives the same version string.
  const extras = OPTIONAL_RISK_TRIGGER_IDS.filter((id) =>
    program.extraRiskAdaptedTriggers.includes(id),
  );
  return {
    id: 'targit-risk-adapted',
    version: extras.length === 0 ? '2' : `2+${extras.join(',')}`,
    title: 'TARGIT risk-adapted re-evaluation',
    citation: 'Vaidya JS, et al. Lancet 2014;383:603–613',
    categories: ['iort-alone', 'add-whole-breast'],
    meaning: {
      'iort-alone': 'No final-pathology trigger: IORT alone stands as the radiotherapy.',
      'add-whole-breast':
        'A final-pathology trigger is present: add whole-breast radiation (no boost) after IORT.',
    },
    requiresFinalPathology: true,
    criteria: [...DEFAULT_TRIGGERS, ...extras.map((id) => toCriterion(OPTIONAL_RISK_TRIGGERS[id]))],
  };
}

import type { Condition } from '../condition.ts';
import type { Criterion, Source } from '../rule-set.ts';

/** Pieces every rule set may use; the rules themselves stay in each rule set's own file. */

/**
 * Makes a `Source` for one table row or statement of a publication: `citation` names the public
 * source users see, `reference` the section of the project's clinical reference (developers).
 */
export const citing =
  (citation: string, reference: string) =>
  (detail: string, confidence: Source['confidence'] = 'confirmed'): Source => ({
    citation,
    detail,
    confidence,
    reference,
  });

export const PURE_DCIS: Condition = { field: 'histology', in: ['dcis'] };
export const INVASIVE: Condition = { not: PURE_DCIS };

/**
 * Pure DCIS whose axilla was not staged: no nodal surgery, or pNX. Axillary staging is not
 * standard for pure DCIS, so this never counts against it; a positive node, when staged, still
 * does (issue 9 point 1; clinical.md §1a, RTOG 9804 row).
 */
export const DCIS_AXILLA_NOT_STAGED: Condition = {
  all: [
    PURE_DCIS,
    {
      any: [
        { field: 'nodalSurgery', in: ['none'] },
        { field: 'pathologicNodalStage', in: ['pNX'] },
      ],
    },
  ],
};

/**
 * The criterion that says why a rule set's nodal criteria do not apply to an unstaged pure DCIS
 * (they take `appliesWhen: { not: DCIS_AXILLA_NOT_STAGED }`): it points to the rule set's best
 * category, so the axilla neither helps nor harms, and cites the reading.
 */
export const dcisAxillaNotStaged = (
  source: Source,
  bestCategory: string,
  when: Condition = DCIS_AXILLA_NOT_STAGED,
): Criterion => ({
  id: 'dcis-axilla-not-staged',
  label: 'Axilla not staged (pure DCIS)',
  source,
  appliesWhen: when,
  rules: [{ when, category: bestCategory }],
  otherwise: bestCategory,
});

/** The words every rule set's DCIS-axilla source starts with. */
export const DCIS_AXILLA_READING =
  'Pure DCIS with no nodal surgery or pNX: axillary staging is not standard for pure DCIS, so ' +
  'the unstaged axilla does not count against it; a positive node, when staged, still counts';

/** Skin or chest-wall involvement, or inflammatory cancer: T4 whatever the size (issue 9 point 2). */
export const T4: Condition = { field: 'skinOrChestWallInvolvement', in: [true] };

/**
 * T4 disease, which a tumour of 3 cm or less can be. The criterion applies only when the fact is
 * true (so a result without T4 never depends on its source) and only to invasive cancer: pure
 * DCIS is Tis by definition. Unknown, it leaves an invasive cancer undecided.
 */
export const t4 = (source: Source, category: string): Criterion => ({
  id: 't4',
  label: 'Skin or chest-wall involvement, or inflammatory cancer (T4)',
  source,
  appliesWhen: { all: [INVASIVE, T4] },
  rules: [{ when: T4, category }],
  otherwise: category,
});

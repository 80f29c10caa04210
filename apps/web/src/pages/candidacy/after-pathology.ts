import type { ClinicalFacts, RuleSetResult } from '@openiort/guidelines';
import { publicCitation } from './public-citation.ts';

/** The TARGIT risk-adapted report, when no saved result names it (clinical.md §1f). */
const RISK_ADAPTED_CITATION = 'Vaidya JS, et al. Lancet 2014;383:603–613';

/** What the page says after final pathology turned the program's answer to "not a candidate". */
export interface AfterPathology {
  /** The deciding criteria, in words ("Lymph nodes: Nodal stage … pN1a — needs …"). */
  reasons: string[];
  /** The closest margin is at ink (0 mm): re-excision is what usually follows. */
  marginInvolved: boolean;
  /** The public source of the risk-adapted approach. */
  citation: string;
}

const decisiveReasons = (result: RuleSetResult | undefined): string[] =>
  (result?.findings ?? [])
    .filter((f) => f.decisive)
    .map((f) => (f.rule === undefined ? f.label : `${f.label}: ${f.rule}`));

/**
 * After final pathology, when the program's own row says "not a candidate" or the TARGIT
 * risk-adapted row adds whole-breast radiation, what usually follows and why; null otherwise
 * (before surgery, or when the program's answer stands).
 */
export function afterPathology(
  facts: ClinicalFacts,
  results: readonly RuleSetResult[],
): AfterPathology | null {
  if (facts.phase !== 'final-pathology') return null;
  const program = results.find((r) => r.ruleset === 'program-default');
  const riskAdapted = results.find((r) => r.ruleset === 'targit-risk-adapted');
  const programNo = program?.category === 'not-candidate';
  const addWholeBreast = riskAdapted?.category === 'add-whole-breast';
  if (!programNo && !addWholeBreast) return null;
  const reasons = [
    ...(programNo ? decisiveReasons(program) : []),
    ...(addWholeBreast ? decisiveReasons(riskAdapted) : []),
  ];
  return {
    reasons: [...new Set(reasons)],
    marginInvolved: facts.closestMarginMm !== undefined && facts.closestMarginMm <= 0,
    citation: publicCitation(riskAdapted?.citation ?? RISK_ADAPTED_CITATION),
  };
}

/**
 * Evaluations saved before engine 1.2.0 carry the project's internal reference inside the
 * citation ("Polgár C, et al. … (clinical.md §1d)", "…, clinical.md §1a"). People are shown the
 * public source only; the internal section stays in the saved record for developers.
 */
const INTERNAL = /\s*(?:\(clinical\.md §\s*\d+[a-z]?\)|[,;]\s*clinical\.md §\s*\d+[a-z]?)/g;

export function publicCitation(citation: string): string {
  return citation
    .replace(INTERNAL, '')
    .replace(/\(\s*\)/g, '')
    .trim();
}

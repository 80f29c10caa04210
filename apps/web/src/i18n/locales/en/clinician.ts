/**
 * The clinician app's strings (namespace `clinician`), English only for now. Another language
 * would be a sibling folder with the same keys; the completeness test compares the keys the
 * code uses with these. Kept in apps/web, not @openiort/content: see docs/adr/0014.
 */
export const clinician = {
  nav: {},
};

export const layout = {
  layout: {
    home: 'Home',
    selfCheck: 'Self-check',
    comparison: 'Compare treatments',
    privacy: 'Privacy',
    staffSignIn: 'Staff sign in',
    publicNav: 'Public pages',
    language: 'Language',
    otherLanguages: 'This page in other languages',
    skipToContent: 'Skip to main content',
    footer:
      'OpenIORT is open-source software for hospital IORT programs. The facts on these pages are general. They are not medical advice.',
  },
  notice: {
    sourceNotApproved: 'This text is a draft. The program’s care team has not approved it yet.',
    translationNotReviewed:
      'This translation has not yet been reviewed by the program. If something is unclear, ask your care team or read the English page.',
    newerSourceExists:
      'A newer English version of this page exists. This page shows the last approved translation.',
    readEnglish: 'Read the English page',
    version: 'Content version {{version}}',
    evidenceDate: 'Evidence checked on {{date}}',
    nextReview: 'Next review by {{date}}',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at {{path}}. The link may be mistyped or out of date.',
    home: 'Go to the home page',
  },
};

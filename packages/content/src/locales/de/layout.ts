export const layout = {
  layout: {
    home: 'Startseite',
    selfCheck: 'Selbsttest',
    comparison: 'Behandlungen vergleichen',
    privacy: 'Datenschutz',
    staffSignIn: 'Anmeldung für Personal',
    publicNav: 'Öffentliche Seiten',
    language: 'Sprache',
    otherLanguages: 'Diese Seite in anderen Sprachen',
    skipToContent: 'Zum Hauptinhalt springen',
    footer:
      'OpenIORT ist freie Software für IORT-Programme in Kliniken. Die Angaben auf diesen Seiten sind allgemein. Sie sind keine ärztliche Beratung.',
  },
  notice: {
    sourceNotApproved:
      'Dieser Text ist ein Entwurf. Das Behandlungsteam des Programms hat ihn noch nicht freigegeben.',
    translationNotReviewed:
      'Diese Übersetzung wurde vom Programm noch nicht geprüft. Wenn etwas unklar ist, fragen Sie Ihr Behandlungsteam oder lesen Sie die englische Seite.',
    newerSourceExists:
      'Es gibt eine neuere englische Fassung. Diese Seite zeigt die letzte freigegebene Übersetzung.',
    readEnglish: 'Englische Seite lesen',
    version: 'Inhaltsversion {{version}}',
    evidenceDate: 'Daten geprüft am {{date}}',
    nextReview: 'Nächste Prüfung bis {{date}}',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    body: 'Unter {{path}} gibt es keine Seite. Der Link ist vielleicht falsch geschrieben oder veraltet.',
    home: 'Zur Startseite',
  },
};

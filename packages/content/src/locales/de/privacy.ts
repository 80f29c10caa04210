export const privacy = {
  privacy: {
    title: 'Datenschutz',
    intro: 'Diese öffentlichen Seiten sind so gebaut, dass Ihre Angaben privat bleiben.',
    points: {
      noName: 'Der Selbsttest fragt nie nach Ihrem Namen, Geburtsdatum oder Ihren Kontaktdaten.',
      notStored:
        'Wenn Sie auf „Antworten prüfen“ drücken, gehen Ihre Antworten an den Server des Programms. Er vergleicht sie mit den Kriterien und schickt das Ergebnis zurück. Er speichert Ihre Antworten nicht.',
      logs: 'Wie die meisten Websites notiert der Server Uhrzeit, Seite und Netzwerkadresse jedes Besuchs. Mit der Adresse begrenzt er, wie viele Prüfungen von einem Ort kommen.',
      noCookies:
        'Öffentliche Seiten setzen keine Cookies. Die gewählte Sprache steht in der Adresse der Seite, Sie können sie also weitergeben.',
    },
    contact:
      'Fragen zu Ihren Unterlagen im Krankenhaus beantwortet die Datenschutzstelle des Krankenhauses.',
  },
};

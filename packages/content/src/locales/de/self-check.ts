export const selfCheck = {
  criteria: {
    title: 'Worauf das Programm achtet',
    histology: {
      ductal: 'invasives duktales Karzinom',
      lobular: 'invasives lobuläres Karzinom',
      'mixed-ductal-lobular': 'gemischtes duktal-lobuläres Karzinom',
      mucinous: 'muzinöses Karzinom',
      tubular: 'tubuläres Karzinom',
      medullary: 'medulläres Karzinom',
      papillary: 'papilläres Karzinom',
      'other-invasive': 'andere invasive Krebsarten',
      dcis: 'duktales Carcinoma in situ (DCIS)',
    },
    names: {
      age: 'Alter',
      histology: 'Krebsart',
      size: 'Größe',
      brca: 'BRCA-Test',
      nodes: 'Lymphknoten',
    },
    age_one: 'Das Programm zieht die IORT für Menschen über {{count}} Jahr in Betracht.',
    age_other: 'Das Programm zieht die IORT für Menschen über {{count}} Jahre in Betracht.',
    histologyList: 'Die IORT ist hier für diese Arten gedacht: {{types}}.',
    size: 'Der Tumor sollte kleiner als {{size}} im Durchmesser sein.',
    brcaExcluded:
      'Menschen mit einer Veränderung im Gen BRCA1 oder BRCA2 wird die IORT hier nicht angeboten.',
    brcaAllowed:
      'Eine Veränderung im Gen BRCA1 oder BRCA2 schließt die IORT hier nicht allein aus. Das Testergebnis sollte bekannt sein.',
    nodes: 'Der Krebs sollte sich nicht auf die Lymphknoten in der Achsel ausgebreitet haben.',
    allMustHold:
      'Alle Punkte müssen zutreffen. Das Behandlungsteam kann diese Kriterien ändern. Diese Seite zeigt immer die jetzt gültigen (Version {{version}}).',
    loadFailed:
      'Die Kriterien des Programms konnten nicht geladen werden. Bitte versuchen Sie es später noch einmal.',
    loading: 'Die Kriterien des Programms werden geladen …',
  },
  selfCheck: {
    title: 'Kommt die IORT für mich in Frage?',
    intro:
      'Beantworten Sie ein paar Fragen zu Ihrem Brustkrebs. Wir vergleichen Ihre Antworten mit den Kriterien dieses Programms für die Bestrahlung während der Operation (IORT). Wenn Sie eine Antwort nicht wissen, wählen Sie „Weiß ich nicht“.',
    notDiagnosisTitle: 'Dies ist keine Diagnose',
    notDiagnosis:
      'Das Ergebnis ist eine allgemeine Auskunft, keine ärztliche Beratung. Ob die IORT zu Ihnen passt, entscheidet Ihr Brustteam mit Ihnen. Es kennt alle Einzelheiten Ihres Befundes.',
    formLabel: 'Fragen des Selbsttests',
    age: { label: 'Wie alt sind Sie?', description: 'In vollen Jahren' },
    type: {
      label: 'Welche Art von Brustkrebs ist es?',
      ductal: 'Invasives duktales Karzinom (die häufigste Art)',
      dcis: 'Duktales Carcinoma in situ (DCIS)',
      lobular: 'Invasives lobuläres Karzinom',
      other: 'Eine andere Art',
      notSure: 'Weiß ich nicht',
    },
    size: {
      label: 'Wie groß ist der Tumor?',
      description:
        'Seine größte Ausdehnung, wie im Befund steht oder wie Ihre Ärztin oder Ihr Arzt sie nannte',
      unit: 'Einheit',
      cm: 'Zentimeter (cm)',
      mm: 'Millimeter (mm)',
      notSure: 'Ich kenne die Größe nicht',
      confirm: 'Ich habe es geprüft: Größe und Einheit stimmen',
    },
    brca: {
      label: 'Was hat der BRCA-Gentest ergeben?',
      negative: 'Getestet: keine BRCA-Veränderung gefunden',
      brca1: 'Getestet: Veränderung im Gen BRCA1',
      brca2: 'Getestet: Veränderung im Gen BRCA2',
      notSure: 'Nicht getestet, oder weiß ich nicht',
    },
    nodes: {
      label: 'Hat sich der Krebs auf die Lymphknoten in der Achsel ausgebreitet?',
      no: 'Nein, sie sind nicht befallen',
      yes: 'Ja, sie sind befallen',
      notSure: 'Weiß ich nicht',
    },
    submit: 'Antworten prüfen',
    noName: 'Wir fragen nicht nach Ihrem Namen oder Ihren Kontaktdaten.',
    errors: {
      age: 'Bitte geben Sie Ihr Alter in vollen Jahren ein, zum Beispiel 64.',
      sizeNumber: 'Bitte geben Sie die Größe als Zahl ein, zum Beispiel 15.',
      sizeUnit: 'Bitte wählen Sie die Einheit: Zentimeter oder Millimeter.',
      sizeTooLarge:
        '{{size}} ist sehr groß für einen Brusttumor. Befunde nennen die Größe oft in Millimetern. Bitte prüfen Sie die Einheit.',
      sizeTooSmall:
        '{{size}} ist sehr klein für einen Brusttumor. Bitte prüfen Sie Zahl und Einheit.',
    },
    changed:
      'Ihre Antworten haben sich geändert. Drücken Sie „Antworten prüfen“, um ein neues Ergebnis zu sehen.',
    result: {
      candidateTitle: 'Die IORT könnte für Sie in Frage kommen. Sprechen Sie mit Ihrem Brustteam.',
      candidate:
        'Ihre Antworten passen zu den Kriterien des Programms für die IORT. Entscheiden kann nur Ihr Behandlungsteam, wenn es alle Einzelheiten kennt.',
      needMoreTitle: 'Wir müssen noch etwas mehr wissen',
      stillToFind: 'Noch offen:',
      teamCanTell: 'Ihr Brustteam kann Ihnen das sagen oder es mit Ihnen klären.',
      notAdvisedTitle: 'In Ihrer Lage wird die IORT meist nicht empfohlen',
      notAdvisedWhen: 'Die IORT wird meist nicht empfohlen, wenn:',
      alternative:
        'Üblich ist stattdessen eine Bestrahlung über eine bis fünf Wochen nach der Operation. Ihr Brustteam erklärt Ihnen, welche Wege zu Ihnen passen.',
      compareLink: 'Behandlungen vergleichen',
    },
    missing: {
      ageYears: 'Ihr Alter',
      histology: 'die Art des Brustkrebses',
      size: 'die Größe des Tumors',
      germlineBrca: 'Ihr BRCA-Testergebnis',
      nodes: 'ob die Lymphknoten befallen sind',
      other: 'mehr über den Krebs',
    },
    reasons: {
      age_one: 'die Person ist {{count}} Jahr alt oder jünger',
      age_other: 'die Person ist {{count}} Jahre alt oder jünger',
      ageUnknownLimit: 'die Person ist jünger als die Altersgrenze des Programms',
      histology: 'der Krebs ist keine dieser Arten: {{types}}',
      histologyUnknown: 'das Programm behandelt diese Krebsart nicht mit IORT',
      size: 'der Tumor ist {{size}} groß oder größer',
      sizeUnknownLimit: 'der Tumor ist größer als die Grenze des Programms',
      brca: 'die Person hat eine Veränderung im Gen BRCA1 oder BRCA2',
      nodes: 'der Krebs hat sich auf die Lymphknoten ausgebreitet',
      other: 'ein anderes Kriterium des Programms ist nicht erfüllt',
    },
    rateLimitedTitle: 'Bitte warten Sie einen Moment',
    rateLimited:
      'Aus Ihrem Netzwerk kamen in kurzer Zeit viele Prüfungen. Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal.',
    failedTitle: 'Die Prüfung hat nicht geklappt',
    failed: 'Bitte versuchen Sie es gleich noch einmal.',
  },
};

export const landing = {
  landing: {
    pageTitle: 'Die IORT der Brust erklärt',
    title: 'Bestrahlung während der Brustkrebs-Operation',
    intro:
      'Die intraoperative Strahlentherapie (IORT) behandelt frühen Brustkrebs im Operationssaal. Die Dosis wird direkt gegeben, nachdem der Chirurg den Tumor entfernt hat. Bei manchen Menschen ersetzt diese eine Behandlung wochenlange Bestrahlungstermine nach der Operation.',
    facts: {
      dose: 'eine Dosis, während der Operation',
      doseMinutes: 'für die Bestrahlung',
      addedMinutes: 'länger dauert die Operation',
    },
    notAdviceTitle: 'Allgemeine Auskunft, keine ärztliche Beratung',
    notAdvice:
      'Diese Seite erklärt die IORT allgemein. Sie kann nicht sagen, ob die IORT für Sie richtig ist. Das entscheiden Sie mit Ihrem eigenen Behandlungsteam, das die Einzelheiten Ihres Falls kennt.',
    selfCheckButton: 'Kommt die IORT für mich in Frage? Zum Selbsttest',
    compareButton: 'IORT mit anderer Bestrahlung vergleichen',
    how: {
      title: 'Was bei der IORT geschieht',
      steps: {
        surgery: 'Bei einer brusterhaltenden Operation entfernt der Chirurg zuerst den Tumor.',
        balloon:
          'Die Strahlenärztin oder der Strahlenarzt legt einen weichen Ballon in den frei gewordenen Raum. Er wird mit steriler Kochsalzlösung gefüllt.',
        source:
          'Eine winzige Röntgenquelle kommt in einen dünnen Schlauch in der Mitte des Ballons. Sie arbeitet mit niedriger Energie ({{sourceKilovolts}} Kilovolt). Die Strahlung erreicht vor allem das Gewebe nahe der Stelle, an der der Tumor war, nicht die ganze Brust.',
        dose: 'Zusammen mit einer Medizinphysikerin oder einem Medizinphysiker wird eine einzige Dosis gegeben, oft {{doseGy}} Gy an der Ballonoberfläche. Gy (Gray) ist die Einheit der Strahlendosis. Das dauert etwa {{doseMinutes}}.',
        finish:
          'Der Ballon wird entfernt und der Chirurg beendet die Operation. Insgesamt dauert die Operation durch die IORT etwa {{addedMinutes}} länger.',
      },
    },
    suits: {
      title: 'Für wen die IORT meist in Frage kommt',
      intro:
        'Die IORT ist für kleine, frühe Tumoren mit geringem Rückfallrisiko gedacht. Das Programm geht von diesen Kriterien aus. Jemand kann geeignet sein, wenn alle zutreffen:',
      team: 'Wer diese Punkte erfüllt, bekommt nicht automatisch eine IORT angeboten. Ein Team aus Brustchirurgie, Krebsmedizin und Strahlentherapie prüft jeden Fall. Es bespricht die Möglichkeiten mit der Patientin.',
      clinicians:
        'Für zuweisende Ärztinnen und Ärzte: Nicht alle Leitlinien ziehen diese Grenzen an derselben Stelle. Das Team des Programms erklärt gern, wie seine Kriterien zu den veröffentlichten Leitlinien stehen.',
    },
    after: {
      title: 'Wenn der endgültige Befund den Plan ändert',
      body: 'Nach der Operation untersucht eine Pathologin oder ein Pathologe das entfernte Gewebe genau. Manchmal zeigt dieser endgültige Befund etwas, das vorher nicht zu sehen war, etwa einen lobulären Krebs oder Krebs in mehreren Lymphknoten. Dann rät das Team meist zusätzlich zur IORT zu einer Bestrahlung der ganzen Brust, sobald die Brust verheilt ist.',
      figure:
        'In der Studie TARGIT-A bekamen {{wbiAfterIortCount}} von {{iortTreatedCount}} Frauen mit IORT ({{wbiAfterIortShare}}) auch eine Bestrahlung der ganzen Brust. Wurde die IORT während der brusterhaltenden Operation selbst gegeben, war der Anteil {{wbiAfterIortAtSurgeryShare}}.',
      extra:
        'Diese zusätzliche Bestrahlung bedeutet meist {{addedVisitsMin}} bis {{addedVisitsMax}} weitere Termine über {{addedWeeksMin}} bis {{addedWeeksMax}} Wochen.',
    },
    tradeOffs: {
      title: 'Vor- und Nachteile, ehrlich gesagt',
      goodTitle: 'Was die IORT bieten kann',
      good: {
        oneDay:
          'Bei den meisten ist die Bestrahlung am Tag der Operation erledigt. Die Bestrahlung der ganzen Brust bedeutet dagegen eine Reihe von Terminen: von 5 Terminen in einer Woche bis zu 25 oder mehr über 5 bis 6 Wochen.',
        small:
          'Die Strahlung trifft einen kleinen Bereich um die Tumorstelle, nicht die ganze Brust.',
        fibrosis:
          'Spätere Verhärtungen des Brustgewebes sind vielleicht seltener. In einem deutschen Zentrum fanden sie sich nach 3 Jahren bei {{fibrosisIortShare}} der Frauen nach alleiniger IORT und bei {{fibrosisWbiShare}} nach Bestrahlung der ganzen Brust.',
      },
      weighTitle: 'Was dagegen abzuwägen ist',
      weigh: {
        recurrence:
          'Nach der IORT kehrt der Krebs etwas häufiger in derselben Brust zurück. Die Vergleichsseite zeigt die Zahlen pro 1000 Frauen, mit Zeitraum und Studie.',
        guideline:
          'Die ASTRO-Leitlinie von 2023 zur Teilbrustbestrahlung sagt, dass die IORT allein mit mehr Rückfällen in derselben Brust verbunden ist als die Bestrahlung der ganzen Brust.',
        extraRadiation:
          'Manche brauchen später doch eine Bestrahlung der ganzen Brust, wenn der endgültige Befund Risikomerkmale zeigt.',
        seroma:
          'Flüssigkeit unter der Narbe (ein Serom) ist nach der IORT häufiger, aber bei beiden selten. Eine feste Stelle nahe der Narbe bildet sich meist in {{firmAreaMonthsMin}} bis {{firmAreaMonthsMax}} Monaten zurück.',
        wound:
          'In einer großen Gruppe von Patientinnen mussten {{woundCount}} von {{woundTotal}} wegen einer Wundstörung noch einmal operiert werden.',
      },
      survival:
        'In den Studien war das Überleben nicht verschieden. Die Studiendaten zur IORT mit Röntgenstrahlen niedriger Energie stammen aus TARGIT-A, die einen anderen Applikator als den hier beschriebenen Ballon nutzte. Für das Ballonsystem selbst fanden wir keine veröffentlichten Ergebnisse über 5 oder mehr Jahre.',
    },
    sources: {
      title: 'Quellen',
      intro:
        'Die Zahlen auf diesen Seiten stammen aus diesen Arbeiten. Jede Zahl hängt davon ab, wer teilnahm und wie lange beobachtet wurde. Sie muss nicht zum Risiko einer einzelnen Person passen.',
    },
    questions:
      'Fragen zu Ihrer eigenen Behandlung beantworten am besten Ihre Brustchirurgin, Ihr Brustchirurg oder Ihr Strahlentherapie-Team.',
  },
};

export const comparison = {
  comparison: {
    title: 'Die IORT im Vergleich mit anderer Bestrahlung',
    intro:
      'Nach einer brusterhaltenden Operation senkt die Bestrahlung das Risiko, dass der Krebs in dieser Brust zurückkehrt. Hier sind vier übliche Wege. Ihr Behandlungsteam sagt Ihnen, welche zu Ihrem Fall passen.',
    decision:
      'Sie entscheiden gemeinsam mit Ihrem Team. Oft kommt es darauf an, wie viele Termine Sie schaffen, auf die Nebenwirkungen und darauf, wie wichtig Ihnen ein kleiner Unterschied im Risiko ist.',
    optionsTitle: 'Vier Wege der Bestrahlung',
    labels: {
      suits: 'Für wen',
      visits: 'Termine und Wochen',
      treated: 'Was bestrahlt wird',
      common: 'Häufige Nebenwirkungen',
      rare: 'Seltene Nebenwirkungen',
      after: 'Nach dem endgültigen Befund',
    },
    visits_one: '{{count}} Bestrahlungstermin',
    visits_other: '{{count}} Bestrahlungstermine',
    weeks_one: 'über {{count}} Woche',
    weeks_other: 'über {{count}} Wochen',
    weeksRange_one: 'über {{from}} bis {{to}} Woche',
    weeksRange_other: 'über {{from}} bis {{to}} Wochen',
    options: {
      iort: {
        name: 'IORT (eine Dosis während der Operation)',
        suits_one:
          'Kleine, frühe Tumoren mit geringem Rückfallrisiko. In diesem Programm: Menschen über {{count}} Jahr mit einem Tumor kleiner als {{size}}, neben anderen Punkten.',
        suits_other:
          'Kleine, frühe Tumoren mit geringem Rückfallrisiko. In diesem Programm: Menschen über {{count}} Jahre mit einem Tumor kleiner als {{size}}, neben anderen Punkten.',
        visits:
          'Keine weiteren Termine: Die Dosis wird während der Operation gegeben, die etwa {{addedMinutes}} länger dauert.',
        treated: 'Ein kleiner Gewebebereich um den Raum, in dem der Tumor war.',
        common:
          'Eine feste Stelle nahe der Narbe, die sich meist in 2 Jahren zurückbildet. Flüssigkeit unter der Narbe (Serom) ist häufiger als nach Bestrahlung der ganzen Brust.',
        rare: 'Wundstörungen, die eine weitere Operation brauchen ({{woundCount}} von {{woundTotal}} Menschen in einer großen Gruppe).',
        after:
          'Manche brauchen zusätzlich eine Bestrahlung der ganzen Brust: {{wbiAfterIortCount}} von {{iortTreatedCount}} Frauen ({{wbiAfterIortShare}}) in der Studie TARGIT-A.',
      },
      wbi3: {
        name: 'Bestrahlung der ganzen Brust über 3 Wochen',
        suits:
          'Die meisten Menschen nach brusterhaltender Operation, bei jeder Tumorgröße und -art. Auch Lymphknoten können mitbestrahlt werden.',
        treated: 'Die ganze Brust, manchmal auch die Lymphknoten in der Nähe.',
        common:
          'Gerötete oder wunde Haut wie bei einem Sonnenbrand und Müdigkeit während der Behandlung. Manche merken Jahre später, dass die Brust anders aussieht oder sich anders anfühlt.',
        rare: 'Dauerhaft verhärtetes oder geschwollenes Brustgewebe und kleine sichtbare Äderchen in der Haut.',
        after: 'Der Plan entsteht nach dem endgültigen Befund und berücksichtigt ihn also schon.',
      },
      wbi5: {
        name: 'Bestrahlung der ganzen Brust über 5 Wochen',
        suits:
          'Menschen, bei denen das Team kleinere Tagesdosen vorzieht, etwa nach einem Brustaufbau oder wenn Lymphknoten mitbestrahlt werden.',
        treated:
          'Die ganze Brust, manchmal auch die Lymphknoten in der Nähe. Manchmal bekommt die Tumorregion zusätzliche Dosen (ein Boost).',
        common:
          'Gerötete oder wunde Haut wie bei einem Sonnenbrand, oft etwas stärker als bei 3 Wochen, und Müdigkeit während der Behandlung.',
        rare: 'Dauerhaft verhärtetes oder geschwollenes Brustgewebe und kleine sichtbare Äderchen in der Haut.',
        after: 'Der Plan entsteht nach dem endgültigen Befund und berücksichtigt ihn also schon.',
        boost: 'dazu {{from}} bis {{to}} Termine, wenn ein Boost dazukommt',
      },
      pbi5: {
        name: 'Teilbrustbestrahlung in 5 Terminen',
        suits:
          'Kleine, frühe Tumoren mit geringem Rückfallrisiko, ähnlich wie bei der IORT. Sie wird nach der Operation von außen gegeben.',
        treated: 'Der Teil der Brust um die Stelle, an der der Tumor war.',
        common:
          'Leichte Hautrötung. In der Florenz-Studie gab es weniger Nebenwirkungen und die Brust sah besser aus als nach Bestrahlung der ganzen Brust.',
        rare: 'Dauerhaft verhärtetes Brustgewebe im bestrahlten Bereich.',
        after: 'Der Plan entsteht nach dem endgültigen Befund und berücksichtigt ihn also schon.',
      },
    },
    recurrence: {
      title: 'Wie oft der Krebs in derselben Brust zurückkam',
      intro:
        'Jeder Block ist eine Studie. Er zeigt, bei wie vielen von 1000 Frauen der Krebs in der bestrahlten Brust zurückkam, und nach wie vielen Jahren. Vergleichen Sie die Gruppen innerhalb einer Studie, nicht zwischen Studien: Jede Studie hatte andere Teilnehmerinnen und eine andere Beobachtungszeit.',
      perThousand_one: '{{count}} von 1000 Frauen',
      perThousand_other: '{{count}} von 1000 Frauen',
      horizon_one: 'nach {{count}} Jahr',
      horizon_other: 'nach {{count}} Jahren',
      iconLabel:
        '{{arm}}: {{count}} von 1000 Quadraten sind dunkel. Jedes dunkle Quadrat ist eine Frau, deren Krebs {{horizon}} zurückkam.',
      trials: {
        targit: {
          title: 'Studie TARGIT-A: IORT mit Röntgenstrahlen niedriger Energie',
          note: 'Gezählt: {{iortEvents}} von {{iortTotal}} Frauen nach IORT und {{wbiEvents}} von {{wbiTotal}} nach Bestrahlung der ganzen Brust. Die Studie hatte vorab festgelegt, welcher Unterschied annehmbar ist, und dieser blieb innerhalb der Grenze.',
        },
        eliot: {
          title: 'Studie ELIOT: IORT mit Elektronen',
          note: 'Der Abstand wuchs mit der Zeit. Nach IORT kam der Krebs bei {{fiveYear}} von 1000 Frauen nach 5 Jahren und bei {{fifteenYear}} von 1000 nach 15 Jahren zurück.',
        },
        startB: {
          title: 'Studie START-B: ganze Brust über 3 oder 5 Wochen',
          note: 'Hier zählt auch Krebs, der nahe der Brust zurückkommt, etwa in Lymphknoten. Das 3-Wochen-Schema war mindestens so gut wie das 5-Wochen-Schema.',
        },
        florence: {
          title: 'Florenz-Studie: Teilbrust in 5 Terminen',
          note: 'Der Unterschied zwischen den Gruppen war klein und könnte Zufall sein. Die Vergleichsgruppe bekam eine Bestrahlung der ganzen Brust über 5 Wochen mit Boost.',
        },
      },
      arms: {
        targitIort: 'IORT',
        targitWbi: 'Ganze Brust',
        eliotIort: 'IORT mit Elektronen',
        eliotWbi: 'Ganze Brust',
        startB3w: 'Ganze Brust, 3 Wochen',
        startB5w: 'Ganze Brust, 5 Wochen',
        florencePbi: 'Teilbrust, 5 Termine',
        florenceWbi: 'Ganze Brust, 5 Wochen',
      },
      source: 'Quelle: {{citation}}',
    },
    survival:
      'In diesen Studien änderte die Art der Bestrahlung nicht, wie lange die Frauen lebten.',
    askTeam:
      'Fragen an Ihr Team: Welche Wege passen zu meinem Fall? Wie hoch wäre mein eigenes Risiko? Wie wahrscheinlich ist es, dass ich nach der IORT noch weitere Bestrahlung brauche?',
  },
};

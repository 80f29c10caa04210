export const comparison = {
  comparison: {
    title: 'La IORT a confronto con altre radioterapie',
    intro:
      'Dopo un intervento che conserva il seno, la radioterapia riduce la probabilità che il tumore torni in quel seno. Ecco quattro modi comuni di farla. La sua équipe di cura può dirle quali sono adatti al suo caso.',
    decision:
      'La scelta la fa lei con la sua équipe. Spesso dipende da quante sedute può fare, dagli effetti collaterali e da quanto conta per lei una piccola differenza di rischio.',
    optionsTitle: 'Quattro modi di fare la radioterapia',
    labels: {
      suits: 'A chi è adatta',
      visits: 'Sedute e settimane',
      treated: 'Che cosa si tratta',
      common: 'Effetti collaterali comuni',
      rare: 'Effetti collaterali rari',
      after: 'Dopo il referto finale',
    },
    visits_one: '{{count}} seduta di trattamento',
    visits_many: '{{count}} sedute di trattamento',
    visits_other: '{{count}} sedute di trattamento',
    weeks_one: 'in {{count}} settimana',
    weeks_many: 'in {{count}} settimane',
    weeks_other: 'in {{count}} settimane',
    weeksRange_one: 'in {{from}}-{{to}} settimana',
    weeksRange_many: 'in {{from}}-{{to}} settimane',
    weeksRange_other: 'in {{from}}-{{to}} settimane',
    options: {
      iort: {
        name: 'IORT (una dose durante l’intervento)',
        suits_one:
          'Tumori piccoli e iniziali con basso rischio di tornare. In questo programma: persone con più di {{count}} anno e un tumore più piccolo di {{size}}, tra gli altri punti.',
        suits_many:
          'Tumori piccoli e iniziali con basso rischio di tornare. In questo programma: persone con più di {{count}} anni e un tumore più piccolo di {{size}}, tra gli altri punti.',
        suits_other:
          'Tumori piccoli e iniziali con basso rischio di tornare. In questo programma: persone con più di {{count}} anni e un tumore più piccolo di {{size}}, tra gli altri punti.',
        visits:
          'Nessuna seduta in più: la dose viene data durante l’intervento, che dura circa {{addedMinutes}} in più.',
        treated: 'Una piccola zona di tessuto intorno allo spazio dove c’era il tumore.',
        common:
          'Una zona dura vicino alla cicatrice, che di solito migliora entro 2 anni. Il liquido sotto la cicatrice (sieroma) è più frequente che dopo la radioterapia di tutto il seno.',
        rare: 'Problemi della ferita che richiedono un altro intervento ({{woundCount}} persone su {{woundTotal}} in un grande gruppo).',
        after:
          'Alcune persone hanno bisogno anche della radioterapia di tutto il seno: {{wbiAfterIortCount}} donne su {{iortTreatedCount}} ({{wbiAfterIortShare}}) nello studio TARGIT-A.',
      },
      wbi3: {
        name: 'Radioterapia di tutto il seno in 3 settimane',
        suits:
          'La maggior parte delle persone dopo un intervento che conserva il seno, con qualsiasi misura o tipo di tumore. Può trattare anche i linfonodi.',
        treated: 'Tutto il seno e a volte i linfonodi vicini.',
        common:
          'Pelle arrossata o dolente come una scottatura, e stanchezza durante la cura. Alcune persone notano anni dopo che il seno appare o si sente diverso.',
        rare: 'Tessuto del seno duro o gonfio in modo duraturo, e piccoli vasi visibili nella pelle.',
        after: 'Il piano si fa dopo il referto finale, quindi ne tiene già conto.',
      },
      wbi5: {
        name: 'Radioterapia di tutto il seno in 5 settimane',
        suits:
          'Persone per cui l’équipe preferisce dosi giornaliere più piccole, per esempio dopo una ricostruzione del seno o quando si trattano i linfonodi.',
        treated:
          'Tutto il seno e a volte i linfonodi vicini. A volte si danno dosi in più alla zona del tumore (un boost).',
        common:
          'Pelle arrossata o dolente come una scottatura, spesso un po’ più che in 3 settimane, e stanchezza durante la cura.',
        rare: 'Tessuto del seno duro o gonfio in modo duraturo, e piccoli vasi visibili nella pelle.',
        after: 'Il piano si fa dopo il referto finale, quindi ne tiene già conto.',
        boost: 'più {{from}}-{{to}} sedute se si aggiunge un boost',
      },
      pbi5: {
        name: 'Radioterapia parziale del seno in 5 sedute',
        suits:
          'Tumori piccoli e iniziali con basso rischio di tornare, un po’ come per la IORT. Si fa dall’esterno del corpo dopo l’intervento.',
        treated: 'La parte del seno intorno al punto dove c’era il tumore.',
        common:
          'Lieve arrossamento della pelle. Nello studio di Firenze ci sono stati meno effetti collaterali, e il seno aveva un aspetto migliore, che dopo la radioterapia di tutto il seno.',
        rare: 'Tessuto del seno duro in modo duraturo nella zona trattata.',
        after: 'Il piano si fa dopo il referto finale, quindi ne tiene già conto.',
      },
    },
    recurrence: {
      title: 'Quanto spesso il tumore è tornato nello stesso seno',
      intro:
        'Ogni blocco è uno studio. Mostra in quante donne su 1000 il tumore è tornato nel seno trattato, e dopo quanti anni. Confronti i gruppi dentro lo stesso studio, non tra studi diversi: ogni studio aveva persone e tempi di controllo diversi.',
      perThousand_one: '{{count}} donna su 1000',
      perThousand_many: '{{count}} donne su 1000',
      perThousand_other: '{{count}} donne su 1000',
      horizon_one: 'dopo {{count}} anno',
      horizon_many: 'dopo {{count}} anni',
      horizon_other: 'dopo {{count}} anni',
      iconLabel:
        '{{arm}}: {{count}} quadrati su 1000 sono scuri. Ogni quadrato scuro è una donna il cui tumore è tornato {{horizon}}.',
      trials: {
        targit: {
          title: 'Studio TARGIT-A: IORT con raggi X a bassa energia',
          note: 'Conteggio: {{iortEvents}} donne su {{iortTotal}} dopo la IORT e {{wbiEvents}} su {{wbiTotal}} dopo la radioterapia di tutto il seno. Lo studio aveva fissato prima quale differenza era accettabile, e questa è rimasta entro quel limite.',
        },
        eliot: {
          title: 'Studio ELIOT: IORT con elettroni',
          note: 'La distanza è cresciuta col tempo. Dopo la IORT il tumore è tornato in {{fiveYear}} donne su 1000 a 5 anni e in {{fifteenYear}} su 1000 a 15 anni.',
        },
        startB: {
          title: 'Studio START-B: tutto il seno in 3 o 5 settimane',
          note: 'Questo conteggio comprende il tumore che torna vicino al seno, per esempio nei linfonodi. Lo schema di 3 settimane è andato almeno bene quanto quello di 5.',
        },
        florence: {
          title: 'Studio di Firenze: seno parziale in 5 sedute',
          note: 'La differenza tra i gruppi era piccola e potrebbe essere dovuta al caso. Il gruppo di confronto ha fatto la radioterapia di tutto il seno in 5 settimane più un boost.',
        },
      },
      arms: {
        targitIort: 'IORT',
        targitWbi: 'Tutto il seno',
        eliotIort: 'IORT con elettroni',
        eliotWbi: 'Tutto il seno',
        startB3w: 'Tutto il seno, 3 settimane',
        startB5w: 'Tutto il seno, 5 settimane',
        florencePbi: 'Seno parziale, 5 sedute',
        florenceWbi: 'Tutto il seno, 5 settimane',
      },
      source: 'Fonte: {{citation}}',
    },
    survival:
      'In questi studi il tipo di radioterapia non ha cambiato quanto a lungo le donne sono vissute.',
    askTeam:
      'Domande da fare alla sua équipe: quali scelte sono adatte al mio caso? Quale sarebbe il mio rischio? Quanto è probabile che dopo la IORT mi serva altra radioterapia?',
  },
};

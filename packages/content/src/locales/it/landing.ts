export const landing = {
  landing: {
    pageTitle: 'La IORT al seno spiegata',
    title: 'Radioterapia durante l’intervento per tumore al seno',
    intro:
      'La radioterapia intraoperatoria (IORT) cura il tumore al seno in fase iniziale in sala operatoria. La dose viene data subito dopo che il chirurgo ha tolto il tumore. Per alcune persone questo unico trattamento sostituisce settimane di sedute di radioterapia dopo l’intervento.',
    facts: {
      dose: 'una sola dose, durante l’intervento',
      doseMinutes: 'per dare la dose',
      addedMinutes: 'in più per l’intervento',
    },
    notAdviceTitle: 'Informazioni generali, non un parere medico',
    notAdvice:
      'Questa pagina spiega la IORT in generale. Non può dire se la IORT è adatta a lei. Lo decide con la sua équipe di cura, che conosce i dettagli del suo caso.',
    selfCheckButton: 'La IORT potrebbe essere adatta a me? Fai l’autovalutazione',
    compareButton: 'Confronta la IORT con altre radioterapie',
    how: {
      title: 'Che cosa succede durante la IORT',
      steps: {
        surgery:
          'Durante una quadrantectomia o tumorectomia (intervento che conserva il seno), il chirurgo prima toglie il tumore.',
        balloon:
          'Il radioterapista mette un palloncino morbido nello spazio rimasto. Viene riempito di acqua salata sterile.',
        source:
          'Una piccolissima sorgente di raggi X entra in un tubicino al centro del palloncino. Lavora a bassa energia ({{sourceKilovolts}} kilovolt). La radiazione raggiunge soprattutto il tessuto vicino al punto in cui c’era il tumore, non tutto il seno.',
        dose: 'Insieme a un fisico medico, il radioterapista dà una sola dose, spesso {{doseGy}} Gy sulla superficie del palloncino. Il Gy (gray) è l’unità di dose di radiazione. Ci vogliono circa {{doseMinutes}}.',
        finish:
          'Il palloncino viene tolto e il chirurgo termina l’intervento. In tutto, la IORT allunga l’intervento di circa {{addedMinutes}}.',
      },
    },
    suits: {
      title: 'A chi di solito è adatta la IORT',
      intro:
        'La IORT è pensata per tumori piccoli e iniziali con basso rischio di tornare. Il programma parte da questi criteri. Una persona può essere adatta quando valgono tutti:',
      team: 'Soddisfare questi punti non vuol dire che la IORT verrà proposta. Un’équipe con chirurgo senologo, oncologo e radioterapista valuta ogni caso. Ne parla con la paziente.',
      clinicians:
        'Per i medici che inviano pazienti: non tutte le linee guida mettono questi limiti nello stesso punto. L’équipe del programma può spiegare come i suoi criteri si confrontano con le linee guida pubblicate.',
    },
    after: {
      title: 'Quando i risultati definitivi cambiano il piano',
      body: 'Dopo l’intervento, un anatomopatologo esamina da vicino il tessuto tolto. A volte questo referto finale trova qualcosa che prima non si vedeva, come un tumore lobulare o tumore in vari linfonodi. Allora l’équipe di solito consiglia la radioterapia di tutto il seno quando il seno è guarito, oltre alla IORT.',
      figure:
        'Nello studio TARGIT-A, {{wbiAfterIortCount}} delle {{iortTreatedCount}} donne trattate con IORT ({{wbiAfterIortShare}}) hanno fatto anche la radioterapia di tutto il seno. Quando la IORT è stata data durante l’intervento stesso, la quota era del {{wbiAfterIortAtSurgeryShare}}.',
      extra:
        'Questa radioterapia in più di solito vuol dire da {{addedVisitsMin}} a {{addedVisitsMax}} sedute in più in {{addedWeeksMin}}-{{addedWeeksMax}} settimane.',
    },
    tradeOffs: {
      title: 'Vantaggi e svantaggi, con onestà',
      goodTitle: 'Che cosa può offrire la IORT',
      good: {
        oneDay:
          'Per la maggior parte delle persone la radioterapia finisce il giorno dell’intervento. La radioterapia di tutto il seno richiede invece una serie di sedute: da 5 sedute in una settimana a 25 o più in 5-6 settimane.',
        small:
          'La radiazione va a una piccola zona intorno al punto del tumore, non a tutto il seno.',
        fibrosis:
          'L’indurimento tardivo del tessuto del seno potrebbe essere meno frequente. In un centro tedesco si è visto dopo 3 anni nel {{fibrosisIortShare}} delle donne dopo sola IORT, e nel {{fibrosisWbiShare}} dopo radioterapia di tutto il seno.',
      },
      weighTitle: 'Che cosa mettere sull’altro piatto',
      weigh: {
        recurrence:
          'Dopo la IORT il tumore ha un po’ più probabilità di tornare nello stesso seno. La pagina di confronto mostra i numeri su 1000 donne, con il tempo e lo studio.',
        guideline:
          'La linea guida ASTRO del 2023 sulla radioterapia parziale del seno dice che la sola IORT è legata a più ritorni del tumore nello stesso seno rispetto alla radioterapia di tutto il seno.',
        extraRadiation:
          'Alcune persone hanno comunque bisogno dopo della radioterapia di tutto il seno, quando il referto finale mostra fattori di rischio.',
        seroma:
          'Il liquido sotto la cicatrice (sieroma) è più frequente dopo la IORT, ma raro con entrambe. Una zona dura vicino alla cicatrice di solito migliora in {{firmAreaMonthsMin}}-{{firmAreaMonthsMax}} mesi.',
        wound:
          'In un grande gruppo di pazienti, {{woundCount}} su {{woundTotal}} hanno avuto bisogno di un altro intervento per un problema della ferita.',
      },
      survival:
        'Negli studi la sopravvivenza non è stata diversa. Le prove degli studi sulla IORT con raggi X a bassa energia vengono da TARGIT-A, che usava un applicatore diverso dal palloncino descritto qui. Non abbiamo trovato risultati pubblicati a 5 anni o più per il sistema a palloncino stesso.',
    },
    sources: {
      title: 'Fonti',
      intro:
        'I numeri di queste pagine vengono da questi articoli. Ogni numero dipende da chi ha partecipato e per quanto tempo è stato seguito. Può non corrispondere al rischio di una singola persona.',
    },
    questions:
      'Il suo chirurgo senologo o il suo radioterapista possono rispondere meglio alle domande sulla sua cura.',
  },
};

export const selfCheck = {
  criteria: {
    title: 'Che cosa valuta il programma',
    histology: {
      ductal: 'carcinoma duttale infiltrante',
      lobular: 'carcinoma lobulare infiltrante',
      'mixed-ductal-lobular': 'carcinoma misto duttale e lobulare',
      mucinous: 'carcinoma mucinoso',
      tubular: 'carcinoma tubulare',
      medullary: 'carcinoma midollare',
      papillary: 'carcinoma papillare',
      'other-invasive': 'altri tumori infiltranti',
      dcis: 'carcinoma duttale in situ (DCIS)',
    },
    names: {
      age: 'Età',
      histology: 'Tipo di tumore',
      size: 'Dimensione',
      brca: 'Test BRCA',
      nodes: 'Linfonodi',
    },
    age_one: 'Il programma valuta la IORT per le persone con più di {{count}} anno.',
    age_many: 'Il programma valuta la IORT per le persone con più di {{count}} anni.',
    age_other: 'Il programma valuta la IORT per le persone con più di {{count}} anni.',
    histologyList: 'Qui la IORT è pensata per questi tipi: {{types}}.',
    size: 'Il tumore deve misurare meno di {{size}} di diametro.',
    brcaExcluded:
      'Qui la IORT non viene proposta alle persone con una variante del gene BRCA1 o BRCA2.',
    brcaAllowed:
      'Una variante del gene BRCA1 o BRCA2 non esclude da sola la IORT in questo programma. Il risultato del test deve essere noto.',
    nodes: 'Il tumore non deve essersi esteso ai linfonodi dell’ascella.',
    allMustHold:
      'Tutti questi punti devono essere veri. L’équipe di cura può cambiare questi criteri. Questa pagina mostra sempre quelli in uso ora (versione {{version}}).',
    loadFailed: 'Non è stato possibile caricare i criteri del programma. Riprovi più tardi.',
    loading: 'Caricamento dei criteri del programma…',
  },
  selfCheck: {
    title: 'La IORT potrebbe essere adatta a me?',
    intro:
      'Risponda ad alcune domande sul suo tumore al seno. Confrontiamo le risposte con i criteri di questo programma per la radioterapia durante l’intervento (IORT). Se non conosce una risposta, scelga «Non lo so».',
    notDiagnosisTitle: 'Questa non è una diagnosi',
    notDiagnosis:
      'Il risultato è un’informazione generale, non un parere medico. La sua équipe di senologia decide con lei se la IORT è adatta. Conosce ogni dettaglio del suo caso.',
    formLabel: 'Domande dell’autovalutazione',
    age: { label: 'Quanti anni ha?', description: 'In anni compiuti' },
    type: {
      label: 'Di che tipo di tumore al seno si tratta?',
      ductal: 'Carcinoma duttale infiltrante (il tipo più comune)',
      dcis: 'Carcinoma duttale in situ (DCIS)',
      lobular: 'Carcinoma lobulare infiltrante',
      other: 'Un altro tipo',
      notSure: 'Non lo so',
    },
    size: {
      label: 'Quanto è grande il tumore?',
      description: 'La sua misura maggiore, come scritta nel referto o detta dal medico',
      unit: 'Unità',
      cm: 'centimetri (cm)',
      mm: 'millimetri (mm)',
      notSure: 'Non conosco la dimensione',
      confirm: 'Ho controllato: la misura e l’unità sono giuste',
    },
    brca: {
      label: 'Che cosa ha mostrato il test del gene BRCA?',
      negative: 'Test fatto: nessuna variante BRCA trovata',
      brca1: 'Test fatto: variante del gene BRCA1',
      brca2: 'Test fatto: variante del gene BRCA2',
      notSure: 'Test non fatto, oppure non lo so',
    },
    nodes: {
      label: 'Il tumore si è esteso ai linfonodi dell’ascella?',
      no: 'No, non sono colpiti',
      yes: 'Sì, sono colpiti',
      notSure: 'Non lo so',
    },
    submit: 'Controlla le mie risposte',
    noName: 'Non chiediamo il suo nome né i suoi recapiti.',
    errors: {
      age: 'Scriva la sua età in anni compiuti, per esempio 64.',
      sizeNumber: 'Scriva la dimensione come numero, per esempio 15.',
      sizeUnit: 'Scelga l’unità: centimetri o millimetri.',
      sizeTooLarge:
        '{{size}} è molto grande per un tumore al seno. I referti spesso danno la misura in millimetri. Controlli l’unità.',
      sizeTooSmall:
        '{{size}} è molto piccolo per un tumore al seno. Controlli il numero e l’unità.',
    },
    changed:
      'Le risposte sono cambiate. Prema «Controlla le mie risposte» per vedere un nuovo risultato.',
    result: {
      candidateTitle:
        'La IORT potrebbe essere adatta a lei. Ne parli con la sua équipe di senologia.',
      candidate:
        'Le sue risposte corrispondono ai criteri del programma per la IORT. Solo l’équipe di cura può decidere, dopo aver visto tutti i dettagli.',
      needMoreTitle: 'Ci serve sapere ancora qualcosa',
      stillToFind: 'Resta da sapere:',
      teamCanTell: 'La sua équipe di senologia può dirglielo o verificarlo con lei.',
      notAdvisedTitle: 'Nella sua situazione la IORT di solito non è consigliata',
      notAdvisedWhen: 'La IORT di solito non è consigliata quando:',
      alternative:
        'Di solito si sceglie invece una radioterapia da una a cinque settimane dopo l’intervento. La sua équipe di senologia può spiegarle quali scelte sono adatte a lei.',
      compareLink: 'Confronta i trattamenti',
    },
    missing: {
      ageYears: 'la sua età',
      histology: 'il tipo di tumore al seno',
      size: 'la dimensione del tumore',
      germlineBrca: 'il risultato del test BRCA',
      nodes: 'se i linfonodi sono colpiti',
      other: 'qualcosa di più sul tumore',
    },
    reasons: {
      age_one: 'la persona ha {{count}} anno o meno',
      age_many: 'la persona ha {{count}} anni o meno',
      age_other: 'la persona ha {{count}} anni o meno',
      ageUnknownLimit: 'la persona non raggiunge l’età minima del programma',
      histology: 'il tumore non è di questi tipi: {{types}}',
      histologyUnknown: 'il tipo di tumore non è tra quelli che il programma tratta con la IORT',
      size: 'il tumore misura {{size}} o più',
      sizeUnknownLimit: 'il tumore supera la misura massima del programma',
      brca: 'la persona ha una variante del gene BRCA1 o BRCA2',
      nodes: 'il tumore si è esteso ai linfonodi',
      other: 'un altro criterio del programma non è soddisfatto',
    },
    rateLimitedTitle: 'Attenda un momento',
    rateLimited:
      'Dalla sua rete sono arrivati molti controlli in poco tempo. Attenda un minuto e poi riprovi.',
    failedTitle: 'Il controllo non è riuscito',
    failed: 'Riprovi tra un momento.',
  },
};

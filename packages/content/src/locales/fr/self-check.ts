export const selfCheck = {
  criteria: {
    title: 'Ce que le programme prend en compte',
    histology: {
      ductal: 'carcinome canalaire infiltrant',
      lobular: 'carcinome lobulaire infiltrant',
      'mixed-ductal-lobular': 'carcinome mixte canalaire et lobulaire',
      mucinous: 'carcinome mucineux',
      tubular: 'carcinome tubuleux',
      medullary: 'carcinome médullaire',
      papillary: 'carcinome papillaire',
      'other-invasive': 'autres cancers infiltrants',
      dcis: 'carcinome canalaire in situ (CCIS)',
    },
    names: {
      age: 'Âge',
      histology: 'Type de cancer',
      size: 'Taille',
      brca: 'Test BRCA',
      nodes: 'Ganglions lymphatiques',
    },
    age_one: 'Le programme envisage l’IORT pour les personnes de plus de {{count}} an.',
    age_many: 'Le programme envisage l’IORT pour les personnes de plus de {{count}} ans.',
    age_other: 'Le programme envisage l’IORT pour les personnes de plus de {{count}} ans.',
    histologyList: 'Ici, l’IORT est destinée à ces types : {{types}}.',
    size: 'La tumeur doit mesurer moins de {{size}} de diamètre.',
    brcaExcluded:
      'L’IORT n’est pas proposée ici aux personnes porteuses d’une modification du gène BRCA1 ou BRCA2.',
    brcaAllowed:
      'Une modification du gène BRCA1 ou BRCA2 n’exclut pas à elle seule l’IORT ici. Le résultat du test doit être connu.',
    nodes: 'Le cancer ne doit pas s’être étendu aux ganglions lymphatiques de l’aisselle.',
    allMustHold:
      'Tous ces points doivent être remplis. L’équipe soignante peut modifier ces critères. Cette page montre toujours ceux qui s’appliquent aujourd’hui (version {{version}}).',
    loadFailed:
      'Les critères du programme n’ont pas pu être chargés. Veuillez réessayer plus tard.',
    loading: 'Chargement des critères du programme…',
  },
  selfCheck: {
    title: 'L’IORT pourrait-elle me convenir ?',
    intro:
      'Répondez à quelques questions sur votre cancer du sein. Nous comparons vos réponses aux critères de ce programme pour la radiothérapie pendant l’opération (IORT). Si vous ne connaissez pas une réponse, choisissez « je ne sais pas ».',
    notDiagnosisTitle: 'Ceci n’est pas un diagnostic',
    notDiagnosis:
      'Le résultat est une information générale, pas un avis médical. Votre équipe du sein décide avec vous si l’IORT vous convient. Elle connaît tous les détails de votre dossier.',
    formLabel: 'Questions de l’auto-évaluation',
    age: { label: 'Quel âge avez-vous ?', description: 'En années révolues' },
    type: {
      label: 'De quel type de cancer du sein s’agit-il ?',
      ductal: 'Carcinome canalaire infiltrant (le type le plus fréquent)',
      dcis: 'Carcinome canalaire in situ (CCIS)',
      lobular: 'Carcinome lobulaire infiltrant',
      other: 'Un autre type',
      notSure: 'Je ne sais pas',
    },
    size: {
      label: 'Quelle est la taille de la tumeur ?',
      description:
        'Sa plus grande mesure, comme écrite dans votre compte rendu ou donnée par votre médecin',
      unit: 'Unité',
      cm: 'centimètres (cm)',
      mm: 'millimètres (mm)',
      notSure: 'Je ne connais pas la taille',
      confirm: 'J’ai vérifié : la taille et l’unité sont justes',
    },
    brca: {
      label: 'Qu’a montré le test du gène BRCA ?',
      negative: 'Test fait : aucune modification BRCA trouvée',
      brca1: 'Test fait : modification du gène BRCA1',
      brca2: 'Test fait : modification du gène BRCA2',
      notSure: 'Pas de test, ou je ne sais pas',
    },
    nodes: {
      label: 'Le cancer s’est-il étendu aux ganglions lymphatiques de l’aisselle ?',
      no: 'Non, ils ne sont pas atteints',
      yes: 'Oui, ils sont atteints',
      notSure: 'Je ne sais pas',
    },
    submit: 'Vérifier mes réponses',
    noName: 'Nous ne demandons ni votre nom ni vos coordonnées.',
    errors: {
      age: 'Indiquez votre âge en années révolues, par exemple 64.',
      sizeNumber: 'Indiquez la taille sous forme de nombre, par exemple 15.',
      sizeUnit: 'Choisissez l’unité : centimètres ou millimètres.',
      sizeTooLarge:
        '{{size}}, c’est très grand pour une tumeur du sein. Les comptes rendus donnent souvent la taille en millimètres. Vérifiez l’unité.',
      sizeTooSmall:
        '{{size}}, c’est très petit pour une tumeur du sein. Vérifiez le nombre et l’unité.',
    },
    changed:
      'Vos réponses ont changé. Appuyez sur « Vérifier mes réponses » pour voir un nouveau résultat.',
    result: {
      candidateTitle: 'L’IORT pourrait vous convenir. Parlez-en à votre équipe du sein.',
      candidate:
        'Vos réponses correspondent aux critères du programme pour l’IORT. Seule votre équipe soignante peut décider, après avoir examiné tous les détails.',
      needMoreTitle: 'Il nous faut un peu plus d’informations',
      stillToFind: 'Reste à savoir :',
      teamCanTell: 'Votre équipe du sein peut vous le dire ou le vérifier avec vous.',
      notAdvisedTitle: 'Dans votre situation, l’IORT n’est en général pas conseillée',
      notAdvisedWhen: 'L’IORT n’est en général pas conseillée quand :',
      alternative:
        'À la place, on propose d’habitude une radiothérapie d’une à cinq semaines après l’opération. Votre équipe du sein peut vous expliquer les choix qui vous conviennent.',
      compareLink: 'Comparer les traitements',
    },
    missing: {
      ageYears: 'votre âge',
      histology: 'le type de cancer du sein',
      size: 'la taille de la tumeur',
      germlineBrca: 'le résultat de votre test BRCA',
      nodes: 'si les ganglions lymphatiques sont atteints',
      other: 'd’autres détails sur le cancer',
    },
    reasons: {
      age_one: 'la personne a {{count}} an ou moins',
      age_many: 'la personne a {{count}} ans ou moins',
      age_other: 'la personne a {{count}} ans ou moins',
      ageUnknownLimit: 'la personne n’a pas l’âge minimum du programme',
      histology: 'le cancer n’est d’aucun de ces types : {{types}}',
      histologyUnknown: 'le type de cancer n’est pas traité par IORT dans ce programme',
      size: 'la tumeur mesure {{size}} ou plus',
      sizeUnknownLimit: 'la tumeur dépasse la taille maximale du programme',
      brca: 'la personne porte une modification du gène BRCA1 ou BRCA2',
      nodes: 'le cancer s’est étendu aux ganglions lymphatiques',
      other: 'un autre critère du programme n’est pas rempli',
    },
    rateLimitedTitle: 'Merci de patienter un instant',
    rateLimited:
      'Beaucoup de vérifications sont venues de votre réseau en peu de temps. Attendez une minute, puis réessayez.',
    failedTitle: 'La vérification n’a pas fonctionné',
    failed: 'Réessayez dans un instant.',
  },
};

export const handout = {
  handout: {
    title: 'Vos choix de radiothérapie après une chirurgie conservatrice du sein',
    preparedFor: 'Préparé pour {{name}} le {{date}}.',
    notDiagnosisTitle: 'Ceci n’est pas un diagnostic',
    notDiagnosis:
      'Cette fiche donne des informations générales à discuter avec votre équipe soignante. Ce n’est pas un avis médical. Votre équipe décide avec vous.',
    version: 'Version du contenu {{version}}. Données vérifiées le {{evidenceDate}}.',
    notReviewed: 'Cette traduction n’a pas encore été relue par le programme.',
    draft: 'Ce texte est un brouillon. Le programme ne l’a pas encore approuvé.',
    contact: 'Des questions ? Contact : {{contact}}.',
    demonstration: 'Démonstration : personne inventée, pas pour les soins',
    page: 'Page {{page}} sur {{pages}}',
    yourCase: 'Ce que disent les vérifications de votre dossier',
    checkedOn: 'Dernière vérification de votre dossier : {{date}}.',
    noCheck: 'Votre dossier n’a pas encore été vérifié. Demandez à votre équipe soignante.',
    program: {
      candidate: 'Critères du programme : la RTPO (IORT) pourrait vous convenir.',
      notCandidate:
        'Critères du programme : la RTPO (IORT) n’est en général pas conseillée pour vous.',
      indeterminate: 'Critères du programme : il manque des informations : {{missing}}.',
    },
    guidelinesTitle: 'Recommandations publiées sur la RTPO et l’irradiation partielle du sein :',
    answer: {
      suited: 'adaptée',
      caution: 'adaptée avec prudence',
      notSuited: 'non adaptée',
      missing: 'il manque des informations : {{missing}}',
    },
    missing: {
      margins: 'la distance entre la tumeur et le bord du tissu retiré',
      receptors: 'les résultats des récepteurs hormonaux',
      grade: 'le grade de la tumeur',
      lvsi: 'si des cellules tumorales ont été vues dans de petits vaisseaux',
      spread: 's’il y a plus d’une tumeur',
      eic: 'la quantité de cancer non invasif autour de la tumeur',
    },
    figuresTitle: 'À quelle fréquence le cancer est revenu dans le même sein',
    sourcesTitle: 'Sources',
  },
};

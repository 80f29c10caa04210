export const layout = {
  layout: {
    home: 'Accueil',
    selfCheck: 'Auto-évaluation',
    comparison: 'Comparer les traitements',
    privacy: 'Confidentialité',
    staffSignIn: 'Connexion du personnel',
    publicNav: 'Pages publiques',
    language: 'Langue',
    otherLanguages: 'Cette page dans d’autres langues',
    skipToContent: 'Aller au contenu principal',
    footer:
      'OpenIORT est un logiciel libre pour les services hospitaliers de RTPO (IORT). Les informations de ces pages sont générales. Ce ne sont pas des conseils médicaux.',
  },
  notice: {
    sourceNotApproved:
      'Ce texte est un brouillon. L’équipe soignante du programme ne l’a pas encore approuvé.',
    translationNotReviewed:
      'Cette traduction n’a pas encore été relue par le programme. Si quelque chose n’est pas clair, demandez à votre équipe soignante ou lisez la page en anglais.',
    newerSourceExists:
      'Une version anglaise plus récente existe. Cette page montre la dernière traduction approuvée.',
    readEnglish: 'Lire la page en anglais',
    version: 'Version du contenu {{version}}',
    evidenceDate: 'Données vérifiées le {{date}}',
    nextReview: 'Prochaine relecture avant le {{date}}',
  },
  notFound: {
    title: 'Page introuvable',
    body: 'Il n’y a pas de page à l’adresse {{path}}. Le lien est peut-être mal écrit ou périmé.',
    home: 'Aller à la page d’accueil',
  },
};

export const privacy = {
  privacy: {
    title: 'Confidentialité',
    intro: 'Ces pages publiques sont faites pour que ce que vous y saisissez reste privé.',
    points: {
      noName:
        'L’auto-évaluation ne demande jamais votre nom, votre date de naissance ni vos coordonnées.',
      notStored:
        'Quand vous appuyez sur « Vérifier mes réponses », vos réponses partent vers le serveur du programme. Il les compare aux critères et renvoie le résultat. Il ne garde pas vos réponses.',
      logs: 'Comme la plupart des sites, le serveur note l’heure, la page et l’adresse réseau de chaque visite. Il se sert de cette adresse pour limiter le nombre de vérifications venant d’un même endroit.',
      noCookies:
        'Les pages publiques ne déposent aucun témoin (cookie). La langue choisie fait partie de l’adresse de la page : vous pouvez donc la partager.',
    },
    contact:
      'Pour toute question sur votre dossier à l’hôpital, adressez-vous au délégué à la protection des données de l’hôpital.',
  },
};

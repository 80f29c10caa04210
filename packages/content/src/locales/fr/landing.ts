export const landing = {
  landing: {
    pageTitle: 'L’IORT du sein expliquée',
    title: 'La radiothérapie pendant l’opération d’un cancer du sein',
    intro:
      'La radiothérapie peropératoire (IORT) traite un cancer du sein débutant au bloc opératoire. La dose est donnée juste après que le chirurgien a retiré la tumeur. Pour certaines personnes, ce traitement unique remplace des semaines de séances de rayons après l’opération.',
    facts: {
      dose: 'une seule dose, pendant l’opération',
      doseMinutes: 'pour donner la dose',
      addedMinutes: 'de plus pour l’opération',
    },
    notAdviceTitle: 'Informations générales, pas un avis médical',
    notAdvice:
      'Cette page explique l’IORT en général. Elle ne peut pas dire si l’IORT vous convient. Vous en décidez avec votre propre équipe soignante, qui connaît les détails de votre cas.',
    selfCheckButton: 'L’IORT pourrait-elle me convenir ? Faire l’auto-évaluation',
    compareButton: 'Comparer l’IORT aux autres radiothérapies',
    how: {
      title: 'Comment se passe l’IORT',
      steps: {
        surgery:
          'Pendant une tumorectomie (opération qui garde le sein), le chirurgien retire d’abord la tumeur.',
        balloon:
          'Le radiothérapeute place un ballonnet souple dans l’espace laissé. Il est rempli d’eau salée stérile.',
        source:
          'Une toute petite source de rayons X entre dans un tube fin au centre du ballonnet. Elle fonctionne à faible énergie ({{sourceKilovolts}} kilovolts). Les rayons atteignent surtout les tissus proches de l’endroit où était la tumeur, pas tout le sein.',
        dose: 'Avec un physicien médical, le radiothérapeute donne une seule dose, souvent {{doseGy}} Gy à la surface du ballonnet. Le Gy (gray) est l’unité de dose de rayons. Cela prend environ {{doseMinutes}}.',
        finish:
          'Le ballonnet est retiré et le chirurgien termine l’opération. En tout, l’IORT allonge l’opération d’environ {{addedMinutes}}.',
      },
    },
    suits: {
      title: 'À qui l’IORT convient en général',
      intro:
        'L’IORT s’adresse aux cancers petits et débutants qui risquent peu de revenir. Le programme part de ces critères. Une personne peut être une bonne candidate quand ils sont tous remplis :',
      team: 'Remplir ces points ne veut pas dire que l’IORT sera proposée. Une équipe avec chirurgien du sein, oncologue et radiothérapeute étudie chaque cas. Elle parle des choix possibles avec la patiente.',
      clinicians:
        'Pour les médecins qui adressent des patientes : les recommandations ne placent pas toutes ces limites au même endroit. L’équipe du programme peut expliquer comment ses critères se situent par rapport aux recommandations publiées.',
    },
    after: {
      title: 'Quand les résultats définitifs changent le plan',
      body: 'Après l’opération, un pathologiste examine de près les tissus retirés. Parfois, ce compte rendu final trouve ce qu’on ne pouvait pas voir avant, comme un cancer lobulaire ou un cancer dans plusieurs ganglions. L’équipe conseille alors le plus souvent une radiothérapie de tout le sein une fois le sein cicatrisé, en plus de l’IORT.',
      figure:
        'Dans l’essai TARGIT-A, {{wbiAfterIortCount}} des {{iortTreatedCount}} femmes traitées par IORT ({{wbiAfterIortShare}}) ont aussi reçu une radiothérapie de tout le sein. Quand l’IORT était donnée pendant la tumorectomie elle-même, la part était de {{wbiAfterIortAtSurgeryShare}}.',
      extra:
        'Cette radiothérapie en plus représente en général {{addedVisitsMin}} à {{addedVisitsMax}} séances de plus sur {{addedWeeksMin}} à {{addedWeeksMax}} semaines.',
    },
    tradeOffs: {
      title: 'Avantages et inconvénients, en toute franchise',
      goodTitle: 'Ce que l’IORT peut apporter',
      good: {
        oneDay:
          'Pour la plupart, la radiothérapie est finie le jour de l’opération. La radiothérapie de tout le sein demande au contraire une série de séances : de 5 séances en une semaine à 25 ou plus sur 5 à 6 semaines.',
        small: 'Les rayons visent une petite zone autour de la tumeur, pas tout le sein.',
        fibrosis:
          'Le durcissement tardif des tissus du sein peut être moins fréquent. Dans un centre allemand, on l’a vu à 3 ans chez {{fibrosisIortShare}} des femmes après IORT seule, et chez {{fibrosisWbiShare}} après radiothérapie de tout le sein.',
      },
      weighTitle: 'Ce qu’il faut mettre en balance',
      weigh: {
        recurrence:
          'Après l’IORT, le cancer risque un peu plus de revenir dans le même sein. La page de comparaison donne les chiffres pour 1 000 femmes, avec la durée et l’essai.',
        guideline:
          'La recommandation ASTRO de 2023 sur la radiothérapie partielle du sein dit que l’IORT seule est liée à plus de récidives dans le même sein que la radiothérapie de tout le sein.',
        extraRadiation:
          'Certaines personnes ont quand même besoin ensuite d’une radiothérapie de tout le sein, quand le compte rendu final montre des facteurs de risque.',
        seroma:
          'Du liquide sous la cicatrice (sérome) est plus fréquent après l’IORT, mais rare dans les deux cas. Une zone dure près de la cicatrice s’atténue en général en {{firmAreaMonthsMin}} à {{firmAreaMonthsMax}} mois.',
        wound:
          'Dans un grand groupe de patientes, {{woundCount}} sur {{woundTotal}} ont dû être réopérées pour un problème de cicatrice.',
      },
      survival:
        'Dans les essais, la survie n’a pas été différente. Les preuves d’essais pour l’IORT par rayons X de faible énergie viennent de TARGIT-A, qui utilisait un autre applicateur que le ballonnet décrit ici. Nous n’avons pas trouvé de résultats publiés à 5 ans ou plus pour le système à ballonnet lui-même.',
    },
    sources: {
      title: 'Sources',
      intro:
        'Les chiffres de ces pages viennent de ces articles. Chaque chiffre dépend des personnes qui ont participé et de la durée de leur suivi. Il peut ne pas correspondre au risque d’une personne en particulier.',
    },
    questions:
      'Votre chirurgien du sein ou votre radiothérapeute est le mieux placé pour répondre aux questions sur votre propre traitement.',
  },
};

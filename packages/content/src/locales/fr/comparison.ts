export const comparison = {
  comparison: {
    title: 'L’IORT comparée aux autres radiothérapies',
    intro:
      'Après une opération qui garde le sein, la radiothérapie réduit le risque que le cancer revienne dans ce sein. Voici quatre façons courantes de la donner. Votre équipe soignante peut vous dire lesquelles conviennent à votre cas.',
    decision:
      'Le choix se fait avec votre équipe. Il dépend souvent du nombre de séances possibles pour vous, des effets secondaires et de l’importance que vous donnez à une petite différence de risque.',
    optionsTitle: 'Quatre façons de donner la radiothérapie',
    labels: {
      suits: 'Pour qui',
      visits: 'Séances et semaines',
      treated: 'Ce qui est traité',
      common: 'Effets secondaires fréquents',
      rare: 'Effets secondaires rares',
      after: 'Après le compte rendu final',
    },
    visits_one: '{{count}} séance de traitement',
    visits_many: '{{count}} séances de traitement',
    visits_other: '{{count}} séances de traitement',
    weeks_one: 'sur {{count}} semaine',
    weeks_many: 'sur {{count}} semaines',
    weeks_other: 'sur {{count}} semaines',
    weeksRange_one: 'sur {{from}} à {{to}} semaine',
    weeksRange_many: 'sur {{from}} à {{to}} semaines',
    weeksRange_other: 'sur {{from}} à {{to}} semaines',
    options: {
      iort: {
        name: 'IORT (une dose pendant l’opération)',
        suits_one:
          'Cancers petits et débutants qui risquent peu de revenir. Dans ce programme : personnes de plus de {{count}} an avec une tumeur de moins de {{size}}, entre autres points.',
        suits_many:
          'Cancers petits et débutants qui risquent peu de revenir. Dans ce programme : personnes de plus de {{count}} ans avec une tumeur de moins de {{size}}, entre autres points.',
        suits_other:
          'Cancers petits et débutants qui risquent peu de revenir. Dans ce programme : personnes de plus de {{count}} ans avec une tumeur de moins de {{size}}, entre autres points.',
        visits:
          'Aucune séance en plus : la dose est donnée pendant l’opération, qui dure environ {{addedMinutes}} de plus.',
        treated: 'Une petite zone de tissu autour de l’espace où était la tumeur.',
        common:
          'Une zone dure près de la cicatrice, qui s’atténue en général en 2 ans. Du liquide sous la cicatrice (sérome) est plus fréquent qu’après radiothérapie de tout le sein.',
        rare: 'Problèmes de cicatrice qui demandent une nouvelle opération ({{woundCount}} personnes sur {{woundTotal}} dans un grand groupe).',
        after:
          'Certaines personnes ont aussi besoin d’une radiothérapie de tout le sein : {{wbiAfterIortCount}} femmes sur {{iortTreatedCount}} ({{wbiAfterIortShare}}) dans l’essai TARGIT-A.',
      },
      wbi3: {
        name: 'Radiothérapie de tout le sein sur 3 semaines',
        suits:
          'La plupart des personnes après une opération qui garde le sein, quels que soient la taille et le type de tumeur. Elle peut aussi traiter les ganglions.',
        treated: 'Tout le sein, et parfois les ganglions voisins.',
        common:
          'Rougeur ou douleur de la peau comme un coup de soleil, et fatigue pendant le traitement. Certaines personnes trouvent des années après que le sein a changé d’aspect ou de toucher.',
        rare: 'Tissu du sein dur ou gonflé de façon durable, et petits vaisseaux visibles dans la peau.',
        after: 'Le plan est fait après le compte rendu final, il en tient donc déjà compte.',
      },
      wbi5: {
        name: 'Radiothérapie de tout le sein sur 5 semaines',
        suits:
          'Les personnes pour qui l’équipe préfère des doses quotidiennes plus petites, par exemple après une reconstruction du sein ou quand les ganglions sont traités.',
        treated:
          'Tout le sein, et parfois les ganglions voisins. Parfois, des doses en plus visent la zone de la tumeur (un complément).',
        common:
          'Rougeur ou douleur de la peau comme un coup de soleil, souvent un peu plus qu’en 3 semaines, et fatigue pendant le traitement.',
        rare: 'Tissu du sein dur ou gonflé de façon durable, et petits vaisseaux visibles dans la peau.',
        after: 'Le plan est fait après le compte rendu final, il en tient donc déjà compte.',
        boost: 'plus {{from}} à {{to}} séances si un complément est ajouté',
      },
      pbi5: {
        name: 'Radiothérapie partielle du sein en 5 séances',
        suits:
          'Cancers petits et débutants qui risquent peu de revenir, un peu comme pour l’IORT. Elle est donnée de l’extérieur du corps après l’opération.',
        treated: 'La partie du sein autour de l’endroit où était la tumeur.',
        common:
          'Légère rougeur de la peau. Dans l’essai de Florence, il y a eu moins d’effets secondaires, et un sein plus joli, qu’après radiothérapie de tout le sein.',
        rare: 'Tissu du sein dur de façon durable dans la zone traitée.',
        after: 'Le plan est fait après le compte rendu final, il en tient donc déjà compte.',
      },
    },
    recurrence: {
      title: 'À quelle fréquence le cancer est revenu dans le même sein',
      intro:
        'Chaque bloc est un essai. Il montre combien de femmes sur 1 000 ont eu un retour du cancer dans le sein traité, et après combien d’années. Comparez les groupes d’un même essai, pas des essais entre eux : chaque essai avait d’autres personnes et un autre suivi.',
      perThousand_one: '{{count}} femme sur 1 000',
      perThousand_many: '{{count}} femmes sur 1 000',
      perThousand_other: '{{count}} femmes sur 1 000',
      horizon_one: 'après {{count}} an',
      horizon_many: 'après {{count}} ans',
      horizon_other: 'après {{count}} ans',
      iconLabel:
        '{{arm}} : {{count}} carrés sur 1 000 sont foncés. Chaque carré foncé est une femme dont le cancer est revenu {{horizon}}.',
      trials: {
        targit: {
          title: 'Essai TARGIT-A : IORT par rayons X de faible énergie',
          note: 'Décompte : {{iortEvents}} femmes sur {{iortTotal}} après IORT et {{wbiEvents}} sur {{wbiTotal}} après radiothérapie de tout le sein. L’essai avait fixé à l’avance quelle différence restait acceptable, et celle-ci est restée dans cette limite.',
        },
        eliot: {
          title: 'Essai ELIOT : IORT par électrons',
          note: 'L’écart a grandi avec le temps. Après IORT, le cancer est revenu chez {{fiveYear}} femmes sur 1 000 à 5 ans et chez {{fifteenYear}} sur 1 000 à 15 ans.',
        },
        startB: {
          title: 'Essai START-B : tout le sein sur 3 ou 5 semaines',
          note: 'Ce décompte inclut les retours du cancer près du sein, par exemple dans les ganglions. Le schéma sur 3 semaines a fait au moins aussi bien que celui sur 5 semaines.',
        },
        florence: {
          title: 'Essai de Florence : sein partiel en 5 séances',
          note: 'L’écart entre les groupes était faible et pourrait être dû au hasard. Le groupe de comparaison a reçu une radiothérapie de tout le sein sur 5 semaines avec un complément.',
        },
      },
      arms: {
        targitIort: 'IORT',
        targitWbi: 'Tout le sein',
        eliotIort: 'IORT par électrons',
        eliotWbi: 'Tout le sein',
        startB3w: 'Tout le sein, 3 semaines',
        startB5w: 'Tout le sein, 5 semaines',
        florencePbi: 'Sein partiel, 5 séances',
        florenceWbi: 'Tout le sein, 5 semaines',
      },
      source: 'Source : {{citation}}',
    },
    survival:
      'Dans ces essais, le type de radiothérapie n’a pas changé la durée de vie des femmes.',
    askTeam:
      'Questions à poser à votre équipe : quels choix conviennent à mon cas ? Quel serait mon propre risque ? Quelle est la probabilité que j’aie besoin d’autres rayons après l’IORT ?',
  },
};

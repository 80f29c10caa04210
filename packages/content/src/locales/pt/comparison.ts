export const comparison = {
  comparison: {
    title: 'A IORT comparada com outras radioterapias',
    intro:
      'Depois de uma cirurgia que conserva a mama, a radioterapia diminui a chance de o câncer voltar nessa mama. Aqui estão quatro formas comuns de fazê-la. Sua equipe médica pode dizer quais servem para o seu caso.',
    decision:
      'A escolha é sua, junto com a equipe. Muitas vezes depende de quantas sessões você consegue fazer, dos efeitos colaterais e de quanto uma pequena diferença de risco importa para você.',
    optionsTitle: 'Quatro formas de fazer a radioterapia',
    labels: {
      suits: 'Para quem serve',
      visits: 'Sessões e semanas',
      treated: 'O que é tratado',
      common: 'Efeitos colaterais comuns',
      rare: 'Efeitos colaterais raros',
      after: 'Depois do laudo final',
    },
    visits_one: '{{count}} sessão de tratamento',
    visits_many: '{{count}} sessões de tratamento',
    visits_other: '{{count}} sessões de tratamento',
    weeks_one: 'ao longo de {{count}} semana',
    weeks_many: 'ao longo de {{count}} semanas',
    weeks_other: 'ao longo de {{count}} semanas',
    weeksRange_one: 'ao longo de {{from}} a {{to}} semana',
    weeksRange_many: 'ao longo de {{from}} a {{to}} semanas',
    weeksRange_other: 'ao longo de {{from}} a {{to}} semanas',
    options: {
      iort: {
        name: 'IORT (uma dose durante a cirurgia)',
        suits_one:
          'Cânceres pequenos e iniciais com baixo risco de voltar. Neste programa: pessoas com mais de {{count}} ano e tumor menor que {{size}}, entre outros pontos.',
        suits_many:
          'Cânceres pequenos e iniciais com baixo risco de voltar. Neste programa: pessoas com mais de {{count}} anos e tumor menor que {{size}}, entre outros pontos.',
        suits_other:
          'Cânceres pequenos e iniciais com baixo risco de voltar. Neste programa: pessoas com mais de {{count}} anos e tumor menor que {{size}}, entre outros pontos.',
        visits:
          'Nenhuma sessão a mais: a dose é dada durante a cirurgia, que leva cerca de {{addedMinutes}} a mais.',
        treated: 'Uma pequena área de tecido em volta do espaço onde estava o tumor.',
        common:
          'Uma área dura perto da cicatriz, que costuma melhorar em 2 anos. Líquido sob a cicatriz (seroma) é mais comum do que após radioterapia da mama inteira.',
        rare: 'Problemas na ferida que exigem outra cirurgia ({{woundCount}} de {{woundTotal}} pessoas em um grande grupo).',
        after:
          'Algumas pessoas também precisam de radioterapia da mama inteira: {{wbiAfterIortCount}} de {{iortTreatedCount}} mulheres ({{wbiAfterIortShare}}) no estudo TARGIT-A.',
      },
      wbi3: {
        name: 'Radioterapia da mama inteira em 3 semanas',
        suits:
          'A maioria das pessoas depois de cirurgia que conserva a mama, com qualquer tamanho ou tipo de tumor. Também pode tratar os linfonodos.',
        treated: 'A mama inteira e, às vezes, os linfonodos próximos.',
        common:
          'Pele vermelha ou dolorida como queimadura de sol, e cansaço durante o tratamento. Algumas pessoas notam anos depois que a mama parece ou fica diferente ao toque.',
        rare: 'Tecido da mama duro ou inchado de forma duradoura, e pequenos vasos visíveis na pele.',
        after: 'O plano é feito depois do laudo final, então já leva o laudo em conta.',
      },
      wbi5: {
        name: 'Radioterapia da mama inteira em 5 semanas',
        suits:
          'Pessoas para quem a equipe prefere doses diárias menores, por exemplo após reconstrução da mama ou quando os linfonodos são tratados.',
        treated:
          'A mama inteira e, às vezes, os linfonodos próximos. Às vezes, doses extras vão para a área do tumor (um reforço).',
        common:
          'Pele vermelha ou dolorida como queimadura de sol, muitas vezes um pouco mais do que em 3 semanas, e cansaço durante o tratamento.',
        rare: 'Tecido da mama duro ou inchado de forma duradoura, e pequenos vasos visíveis na pele.',
        after: 'O plano é feito depois do laudo final, então já leva o laudo em conta.',
        boost: 'mais {{from}} a {{to}} sessões quando se acrescenta um reforço',
      },
      pbi5: {
        name: 'Radioterapia parcial da mama em 5 sessões',
        suits:
          'Cânceres pequenos e iniciais com baixo risco de voltar, parecido com a IORT. É feita de fora do corpo depois da cirurgia.',
        treated: 'A parte da mama em volta de onde estava o tumor.',
        common:
          'Leve vermelhidão da pele. No estudo de Florença houve menos efeitos colaterais, e a mama ficou com melhor aparência, do que após radioterapia da mama inteira.',
        rare: 'Tecido da mama duro de forma duradoura na área tratada.',
        after: 'O plano é feito depois do laudo final, então já leva o laudo em conta.',
      },
    },
    recurrence: {
      title: 'Com que frequência o câncer voltou na mesma mama',
      intro:
        'Cada bloco é um estudo. Ele mostra em quantas de cada 1.000 mulheres o câncer voltou na mama tratada, e depois de quantos anos. Compare os grupos dentro de um mesmo estudo, não entre estudos: cada estudo teve pessoas e acompanhamentos diferentes.',
      perThousand_one: '{{count}} em cada 1.000 mulheres',
      perThousand_many: '{{count}} em cada 1.000 mulheres',
      perThousand_other: '{{count}} em cada 1.000 mulheres',
      horizon_one: 'depois de {{count}} ano',
      horizon_many: 'depois de {{count}} anos',
      horizon_other: 'depois de {{count}} anos',
      iconLabel:
        '{{arm}}: {{count}} de 1.000 quadrados estão escuros. Cada quadrado escuro é uma mulher cujo câncer voltou {{horizon}}.',
      trials: {
        targit: {
          title: 'Estudo TARGIT-A: IORT com raios X de baixa energia',
          note: 'Contagem: {{iortEvents}} de {{iortTotal}} mulheres após a IORT e {{wbiEvents}} de {{wbiTotal}} após radioterapia da mama inteira. O estudo definiu antes qual diferença seria aceitável, e esta ficou dentro desse limite.',
        },
        eliot: {
          title: 'Estudo ELIOT: IORT com elétrons',
          note: 'A diferença cresceu com o tempo. Após a IORT, o câncer voltou em {{fiveYear}} de cada 1.000 mulheres em 5 anos e em {{fifteenYear}} de cada 1.000 em 15 anos.',
        },
        startB: {
          title: 'Estudo START-B: mama inteira em 3 ou 5 semanas',
          note: 'Esta contagem inclui o câncer que volta perto da mama, por exemplo nos linfonodos. O esquema de 3 semanas foi pelo menos tão bom quanto o de 5.',
        },
        florence: {
          title: 'Estudo de Florença: mama parcial em 5 sessões',
          note: 'A diferença entre os grupos foi pequena e pode ser obra do acaso. O grupo de comparação fez radioterapia da mama inteira em 5 semanas com reforço.',
        },
      },
      arms: {
        targitIort: 'IORT',
        targitWbi: 'Mama inteira',
        eliotIort: 'IORT com elétrons',
        eliotWbi: 'Mama inteira',
        startB3w: 'Mama inteira, 3 semanas',
        startB5w: 'Mama inteira, 5 semanas',
        florencePbi: 'Mama parcial, 5 sessões',
        florenceWbi: 'Mama inteira, 5 semanas',
      },
      source: 'Fonte: {{citation}}',
    },
    survival: 'Nesses estudos, o tipo de radioterapia não mudou quanto tempo as mulheres viveram.',
    askTeam:
      'Perguntas para a sua equipe: quais opções servem para o meu caso? Qual seria o meu próprio risco? Qual a chance de eu precisar de mais radioterapia depois da IORT?',
  },
};

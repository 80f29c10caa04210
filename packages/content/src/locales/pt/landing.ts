export const landing = {
  landing: {
    pageTitle: 'A IORT de mama explicada',
    title: 'Radioterapia durante a cirurgia do câncer de mama',
    intro:
      'A radioterapia intraoperatória (IORT) trata o câncer de mama inicial na sala de cirurgia. A dose é dada logo depois que o cirurgião retira o tumor. Para algumas pessoas, esse único tratamento substitui semanas de sessões de radioterapia depois da cirurgia.',
    facts: {
      dose: 'uma única dose, durante a cirurgia',
      doseMinutes: 'para dar a dose',
      addedMinutes: 'a mais na cirurgia',
    },
    notAdviceTitle: 'Informação geral, não orientação médica',
    notAdvice:
      'Esta página explica a IORT de forma geral. Ela não pode dizer se a IORT é certa para você. Isso você decide com sua própria equipe médica, que conhece os detalhes do seu caso.',
    selfCheckButton: 'A IORT pode ser uma opção para mim? Faça a autoavaliação',
    compareButton: 'Comparar a IORT com outras radioterapias',
    how: {
      title: 'O que acontece durante a IORT',
      steps: {
        surgery: 'Durante uma cirurgia que conserva a mama, o cirurgião primeiro retira o tumor.',
        balloon:
          'O radioterapeuta coloca um balão macio no espaço que ficou. Ele é enchido com água e sal estéril (soro).',
        source:
          'Uma fonte de raios X bem pequena entra num tubo fino no meio do balão. Ela funciona com pouca energia ({{sourceKilovolts}} quilovolts). A radiação chega sobretudo ao tecido perto de onde estava o tumor, não à mama inteira.',
        dose: 'Junto com um físico médico, o radioterapeuta dá uma única dose, muitas vezes {{doseGy}} Gy na superfície do balão. O Gy (gray) é a unidade de dose de radiação. Isso leva cerca de {{doseMinutes}}.',
        finish:
          'O balão é retirado e o cirurgião termina a cirurgia. No total, a IORT deixa a cirurgia cerca de {{addedMinutes}} mais longa.',
      },
    },
    suits: {
      title: 'Para quem a IORT costuma servir',
      intro:
        'A IORT é para cânceres pequenos e iniciais com baixo risco de voltar. O programa parte destes critérios. Uma pessoa pode ser boa candidata quando todos valem:',
      team: 'Cumprir esses pontos não quer dizer que a IORT será oferecida. Uma equipe com cirurgião de mama, oncologista e radioterapeuta analisa cada caso. Ela conversa sobre as opções com a paciente.',
      clinicians:
        'Para médicos que encaminham pacientes: nem todas as diretrizes colocam esses limites no mesmo lugar. A equipe do programa pode explicar como seus critérios se comparam às diretrizes publicadas.',
    },
    after: {
      title: 'Quando os resultados finais mudam o plano',
      body: 'Depois da cirurgia, um patologista examina de perto o tecido retirado. Às vezes esse laudo final encontra algo que não dava para ver antes, como um câncer lobular ou câncer em vários linfonodos. A equipe então costuma indicar radioterapia da mama inteira depois da cicatrização, além da IORT.',
      figure:
        'No estudo TARGIT-A, {{wbiAfterIortCount}} de {{iortTreatedCount}} mulheres que fizeram IORT ({{wbiAfterIortShare}}) também fizeram radioterapia da mama inteira. Quando a IORT foi dada durante a própria cirurgia, a proporção foi de {{wbiAfterIortAtSurgeryShare}}.',
      extra:
        'Essa radioterapia a mais costuma significar de {{addedVisitsMin}} a {{addedVisitsMax}} sessões a mais ao longo de {{addedWeeksMin}} a {{addedWeeksMax}} semanas.',
    },
    tradeOffs: {
      title: 'Prós e contras, com franqueza',
      goodTitle: 'O que a IORT pode oferecer',
      good: {
        oneDay:
          'Para a maioria, a radioterapia termina no dia da cirurgia. Já a radioterapia da mama inteira exige uma série de sessões: de 5 sessões em uma semana até 25 ou mais ao longo de 5 a 6 semanas.',
        small:
          'A radiação vai para uma área pequena em volta do local do tumor, não para a mama inteira.',
        fibrosis:
          'O endurecimento tardio do tecido da mama pode ser menos comum. Em um centro alemão, ele apareceu em 3 anos em {{fibrosisIortShare}} das mulheres após só a IORT, e em {{fibrosisWbiShare}} após radioterapia da mama inteira.',
      },
      weighTitle: 'O que pesar contra',
      weigh: {
        recurrence:
          'Depois da IORT, o câncer tem um pouco mais de chance de voltar na mesma mama. A página de comparação mostra os números em cada 1.000 mulheres, com o tempo e o estudo.',
        guideline:
          'A diretriz da ASTRO de 2023 sobre radioterapia parcial da mama diz que a IORT sozinha está ligada a mais retornos do câncer na mesma mama do que a radioterapia da mama inteira.',
        extraRadiation:
          'Algumas pessoas ainda precisam depois de radioterapia da mama inteira, quando o laudo final mostra fatores de risco.',
        seroma:
          'Líquido sob a cicatriz (seroma) é mais comum depois da IORT, mas incomum nos dois casos. Uma área dura perto da cicatriz costuma melhorar em {{firmAreaMonthsMin}} a {{firmAreaMonthsMax}} meses.',
        wound:
          'Em um grande grupo de pacientes, {{woundCount}} de {{woundTotal}} precisaram de outra cirurgia por um problema na ferida.',
      },
      survival:
        'Nos estudos, a sobrevida não foi diferente. As provas de estudos sobre a IORT com raios X de baixa energia vêm do TARGIT-A, que usou um aplicador diferente do balão descrito aqui. Não encontramos resultados publicados de 5 anos ou mais para o próprio sistema de balão.',
    },
    sources: {
      title: 'Fontes',
      intro:
        'Os números destas páginas vêm destes artigos. Cada número depende de quem participou e por quanto tempo foi acompanhado. Ele pode não corresponder ao risco de uma pessoa em particular.',
    },
    questions:
      'Seu cirurgião de mama ou seu radioterapeuta é quem melhor responde às perguntas sobre o seu próprio tratamento.',
  },
};

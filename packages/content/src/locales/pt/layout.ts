export const layout = {
  layout: {
    home: 'Início',
    selfCheck: 'Autoavaliação',
    comparison: 'Comparar tratamentos',
    privacy: 'Privacidade',
    staffSignIn: 'Acesso da equipe',
    publicNav: 'Páginas públicas',
    language: 'Idioma',
    otherLanguages: 'Esta página em outros idiomas',
    skipToContent: 'Ir para o conteúdo principal',
    footer:
      'OpenIORT é um software livre para programas hospitalares de IORT. As informações destas páginas são gerais. Elas não são orientação médica.',
  },
  notice: {
    sourceNotApproved: 'Este texto é um rascunho. A equipe médica do programa ainda não o aprovou.',
    translationNotReviewed:
      'Esta tradução ainda não foi revisada pelo programa. Se algo não estiver claro, pergunte à sua equipe médica ou leia a página em inglês.',
    newerSourceExists:
      'Existe uma versão mais nova em inglês. Esta página mostra a última tradução aprovada.',
    readEnglish: 'Ler a página em inglês',
    version: 'Versão do conteúdo {{version}}',
    evidenceDate: 'Dados verificados em {{date}}',
    nextReview: 'Próxima revisão até {{date}}',
  },
  notFound: {
    title: 'Página não encontrada',
    body: 'Não existe página no endereço {{path}}. O link pode estar digitado errado ou desatualizado.',
    home: 'Ir para a página inicial',
  },
};

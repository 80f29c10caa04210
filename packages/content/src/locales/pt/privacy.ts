export const privacy = {
  privacy: {
    title: 'Privacidade',
    intro: 'Estas páginas públicas foram feitas para que o que você digita continue privado.',
    points: {
      noName: 'A autoavaliação nunca pede seu nome, sua data de nascimento ou seus contatos.',
      notStored:
        'Quando você aperta “Verificar minhas respostas”, suas respostas vão para o servidor do programa. Ele as compara com os critérios e devolve o resultado. Ele não guarda suas respostas.',
      logs: 'Como a maioria dos sites, o servidor anota a hora, a página e o endereço de rede de cada visita. Ele usa o endereço para limitar quantas verificações vêm de um mesmo lugar.',
      noCookies:
        'As páginas públicas não usam cookies. O idioma escolhido faz parte do endereço da página, então você pode compartilhá-lo.',
    },
    contact:
      'Dúvidas sobre o seu prontuário no hospital devem ir para o setor de privacidade do hospital.',
  },
};

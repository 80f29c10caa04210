export const layout = {
  layout: {
    home: 'Home',
    selfCheck: 'Autovalutazione',
    comparison: 'Confronta i trattamenti',
    privacy: 'Privacy',
    staffSignIn: 'Accesso del personale',
    publicNav: 'Pagine pubbliche',
    language: 'Lingua',
    otherLanguages: 'Questa pagina in altre lingue',
    skipToContent: 'Vai al contenuto principale',
    footer:
      'OpenIORT è un software libero per i programmi ospedalieri di IORT. Le informazioni di queste pagine sono generali. Non sono un parere medico.',
  },
  notice: {
    sourceNotApproved:
      'Questo testo è una bozza. L’équipe di cura del programma non l’ha ancora approvato.',
    translationNotReviewed:
      'Questa traduzione non è ancora stata controllata dal programma. Se qualcosa non è chiaro, chieda alla sua équipe di cura o legga la pagina in inglese.',
    newerSourceExists:
      'Esiste una versione inglese più recente. Questa pagina mostra l’ultima traduzione approvata.',
    readEnglish: 'Leggi la pagina in inglese',
    version: 'Versione dei contenuti {{version}}',
    evidenceDate: 'Dati controllati il {{date}}',
    nextReview: 'Prossimo controllo entro il {{date}}',
  },
  notFound: {
    title: 'Pagina non trovata',
    body: 'Non esiste una pagina all’indirizzo {{path}}. Il link potrebbe essere scritto male o non più valido.',
    home: 'Vai alla pagina iniziale',
  },
};

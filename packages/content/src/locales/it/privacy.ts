export const privacy = {
  privacy: {
    title: 'Privacy',
    intro: 'Queste pagine pubbliche sono fatte perché ciò che scrive resti riservato.',
    points: {
      noName: 'L’autovalutazione non chiede mai il suo nome, la data di nascita o i suoi recapiti.',
      notStored:
        'Quando preme «Controlla le mie risposte», le risposte vanno al server del programma. Il server le confronta con i criteri e restituisce il risultato. Non conserva le sue risposte.',
      logs: 'Come la maggior parte dei siti, il server annota l’ora, la pagina e l’indirizzo di rete di ogni visita. Usa l’indirizzo per limitare quanti controlli arrivano dallo stesso posto.',
      noCookies:
        'Le pagine pubbliche non usano cookie. La lingua scelta fa parte dell’indirizzo della pagina, quindi può condividerlo.',
    },
    contact:
      'Per domande sulla sua cartella clinica in ospedale si rivolga all’ufficio privacy dell’ospedale.',
  },
};

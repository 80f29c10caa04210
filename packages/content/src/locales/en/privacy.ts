export const privacy = {
  privacy: {
    title: 'Privacy',
    intro: 'These public pages are made to keep what you tell them private.',
    points: {
      noName: 'The self-check never asks for your name, birth date or contact details.',
      notStored:
        'When you press “Check my answers”, your answers go to the program’s server. It compares them with the criteria and sends back the result. It does not store your answers.',
      logs: 'Like most websites, the server notes the time, the page and the network address of each visit. It uses the address to limit how many checks come from one place.',
      noCookies:
        'Public pages set no cookies. Your chosen language is part of the page address, so you can share it.',
    },
    contact: 'Questions about your records at the hospital are for the hospital’s privacy office.',
  },
};

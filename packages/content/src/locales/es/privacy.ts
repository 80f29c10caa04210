export const privacy = {
  privacy: {
    title: 'Privacidad',
    intro: 'Estas páginas públicas están hechas para que lo que usted escribe siga siendo privado.',
    points: {
      noName:
        'La autoevaluación nunca pide su nombre, su fecha de nacimiento ni sus datos de contacto.',
      notStored:
        'Cuando pulsa «Comprobar mis respuestas», sus respuestas van al servidor del programa. Este las compara con los criterios y le devuelve el resultado. No guarda sus respuestas.',
      logs: 'Como la mayoría de los sitios web, el servidor anota la hora, la página y la dirección de red de cada visita. Usa esa dirección para limitar cuántas comprobaciones llegan desde un mismo lugar.',
      noCookies:
        'Las páginas públicas no usan cookies. El idioma elegido forma parte de la dirección de la página, así que puede compartirla.',
    },
    contact:
      'Las preguntas sobre su historia clínica en el hospital son para la oficina de privacidad del hospital.',
  },
};

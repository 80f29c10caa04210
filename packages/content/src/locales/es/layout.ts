export const layout = {
  layout: {
    home: 'Inicio',
    selfCheck: 'Autoevaluación',
    comparison: 'Comparar tratamientos',
    privacy: 'Privacidad',
    staffSignIn: 'Acceso del personal',
    publicNav: 'Páginas públicas',
    language: 'Idioma',
    otherLanguages: 'Esta página en otros idiomas',
    skipToContent: 'Ir al contenido principal',
    footer:
      'OpenIORT es un programa de código abierto para los servicios hospitalarios de IORT. La información de estas páginas es general. No es un consejo médico.',
  },
  notice: {
    sourceNotApproved:
      'Este texto es un borrador. El equipo médico del programa aún no lo ha aprobado.',
    translationNotReviewed:
      'El programa aún no ha revisado esta traducción. Si algo no está claro, pregunte a su equipo médico o lea la página en inglés.',
    newerSourceExists:
      'Existe una versión más reciente en inglés. Esta página muestra la última traducción aprobada.',
    readEnglish: 'Leer la página en inglés',
    version: 'Versión del contenido {{version}}',
    evidenceDate: 'Datos revisados el {{date}}',
    nextReview: 'Próxima revisión antes del {{date}}',
  },
  notFound: {
    title: 'Página no encontrada',
    body: 'No hay ninguna página en {{path}}. Puede que el enlace esté mal escrito o ya no sea válido.',
    home: 'Ir a la página de inicio',
  },
};

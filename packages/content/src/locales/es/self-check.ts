export const selfCheck = {
  criteria: {
    title: 'Lo que tiene en cuenta el programa',
    histology: {
      ductal: 'carcinoma ductal infiltrante',
      lobular: 'carcinoma lobulillar infiltrante',
      'mixed-ductal-lobular': 'carcinoma mixto ductal y lobulillar',
      mucinous: 'carcinoma mucinoso',
      tubular: 'carcinoma tubular',
      medullary: 'carcinoma medular',
      papillary: 'carcinoma papilar',
      'other-invasive': 'otros cánceres infiltrantes',
      dcis: 'carcinoma ductal in situ (CDIS)',
    },
    names: {
      age: 'Edad',
      histology: 'Tipo de cáncer',
      size: 'Tamaño',
      brca: 'Prueba BRCA',
      nodes: 'Ganglios linfáticos',
    },
    age_one: 'El programa valora la IORT para personas mayores de {{count}} año.',
    age_many: 'El programa valora la IORT para personas mayores de {{count}} años.',
    age_other: 'El programa valora la IORT para personas mayores de {{count}} años.',
    histologyList: 'Aquí la IORT es para estos tipos: {{types}}.',
    size: 'El tumor debe medir menos de {{size}} de diámetro.',
    brcaExcluded:
      'A las personas con un cambio en el gen BRCA1 o BRCA2 no se les ofrece la IORT aquí.',
    brcaAllowed:
      'Un cambio en el gen BRCA1 o BRCA2 no descarta por sí solo la IORT aquí. Hay que conocer el resultado de la prueba.',
    nodes: 'El cáncer no debe haberse extendido a los ganglios linfáticos de la axila.',
    allMustHold:
      'Deben cumplirse todos estos puntos. El equipo médico puede cambiar estos criterios. Esta página muestra siempre los que están en uso (versión {{version}}).',
    loadFailed: 'No se pudieron cargar los criterios del programa. Inténtelo de nuevo más tarde.',
    loading: 'Cargando los criterios del programa…',
  },
  selfCheck: {
    title: '¿Podría ser la IORT una opción para mí?',
    intro:
      'Responda unas preguntas sobre su cáncer de mama. Comparamos sus respuestas con los criterios de este programa para la radioterapia durante la cirugía (IORT). Si no sabe una respuesta, elija «no lo sé».',
    notDiagnosisTitle: 'Esto no es un diagnóstico',
    notDiagnosis:
      'El resultado es información general, no un consejo médico. Su equipo de mama decide con usted si la IORT es adecuada. Ellos conocen todos los detalles de su caso.',
    formLabel: 'Preguntas de la autoevaluación',
    age: { label: '¿Qué edad tiene?', description: 'En años cumplidos' },
    type: {
      label: '¿Qué tipo de cáncer de mama es?',
      ductal: 'Carcinoma ductal infiltrante (el tipo más frecuente)',
      dcis: 'Carcinoma ductal in situ (CDIS)',
      lobular: 'Carcinoma lobulillar infiltrante',
      other: 'Otro tipo',
      notSure: 'No lo sé',
    },
    size: {
      label: '¿Qué tamaño tiene el tumor?',
      description: 'Su medida mayor, tal como figura en su informe o se la dijo su médico',
      unit: 'Unidad',
      cm: 'centímetros (cm)',
      mm: 'milímetros (mm)',
      notSure: 'No sé el tamaño',
      confirm: 'Lo he comprobado: el tamaño y la unidad son correctos',
    },
    brca: {
      label: '¿Qué mostró la prueba del gen BRCA?',
      negative: 'Hecha: no se encontró ningún cambio en BRCA',
      brca1: 'Hecha: cambio en el gen BRCA1',
      brca2: 'Hecha: cambio en el gen BRCA2',
      notSure: 'No me la hicieron, o no lo sé',
    },
    nodes: {
      label: '¿Se ha extendido el cáncer a los ganglios linfáticos de la axila?',
      no: 'No, no están afectados',
      yes: 'Sí, están afectados',
      notSure: 'No lo sé',
    },
    submit: 'Comprobar mis respuestas',
    noName: 'No le pedimos su nombre ni sus datos de contacto.',
    errors: {
      age: 'Escriba su edad en años cumplidos, por ejemplo 64.',
      sizeNumber: 'Escriba el tamaño como un número, por ejemplo 15.',
      sizeUnit: 'Elija la unidad: centímetros o milímetros.',
      sizeTooLarge:
        '{{size}} es muy grande para un tumor de mama. Los informes suelen dar el tamaño en milímetros. Compruebe la unidad.',
      sizeTooSmall:
        '{{size}} es muy pequeño para un tumor de mama. Compruebe el número y la unidad.',
    },
    changed:
      'Sus respuestas han cambiado. Pulse «Comprobar mis respuestas» para ver un nuevo resultado.',
    result: {
      candidateTitle: 'La IORT podría ser una opción para usted. Hable con su equipo de mama.',
      candidate:
        'Sus respuestas cumplen los criterios del programa para la IORT. Solo su equipo médico puede decidir, después de revisar todos los detalles.',
      needMoreTitle: 'Necesitamos saber un poco más',
      stillToFind: 'Falta por saber:',
      teamCanTell: 'Su equipo de mama puede decírselo o comprobarlo con usted.',
      notAdvisedTitle: 'En su situación la IORT no suele recomendarse',
      notAdvisedWhen: 'La IORT no suele recomendarse cuando:',
      alternative:
        'Lo habitual en su lugar es la radioterapia durante una a cinco semanas después de la cirugía. Su equipo de mama puede explicarle qué opciones le convienen.',
      compareLink: 'Comparar los tratamientos',
    },
    missing: {
      ageYears: 'su edad',
      histology: 'el tipo de cáncer de mama',
      size: 'el tamaño del tumor',
      germlineBrca: 'el resultado de su prueba BRCA',
      nodes: 'si los ganglios linfáticos están afectados',
      other: 'algo más sobre el cáncer',
    },
    reasons: {
      age_one: 'la persona tiene {{count}} año o menos',
      age_many: 'la persona tiene {{count}} años o menos',
      age_other: 'la persona tiene {{count}} años o menos',
      ageUnknownLimit: 'la persona no llega a la edad mínima del programa',
      histology: 'el cáncer no es de estos tipos: {{types}}',
      histologyUnknown: 'el tipo de cáncer no es uno que el programa trate con IORT',
      size: 'el tumor mide {{size}} o más',
      sizeUnknownLimit: 'el tumor supera el tamaño máximo del programa',
      brca: 'la persona tiene un cambio en el gen BRCA1 o BRCA2',
      nodes: 'el cáncer se ha extendido a los ganglios linfáticos',
      other: 'no se cumple otro de los criterios del programa',
    },
    rateLimitedTitle: 'Espere un momento, por favor',
    rateLimited:
      'Han llegado muchas comprobaciones desde su red en poco tiempo. Espere un minuto y vuelva a intentarlo.',
    failedTitle: 'La comprobación no funcionó',
    failed: 'Vuelva a intentarlo dentro de un momento.',
  },
};

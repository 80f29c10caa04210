export const landing = {
  landing: {
    pageTitle: 'La IORT de mama explicada',
    title: 'Radioterapia durante la cirugía del cáncer de mama',
    intro:
      'La radioterapia intraoperatoria (IORT) trata el cáncer de mama precoz en el quirófano. La dosis se da justo después de que el cirujano extirpa el tumor. Para algunas personas, este único tratamiento sustituye semanas de visitas de radioterapia después de la cirugía.',
    facts: {
      dose: 'una sola dosis, durante la cirugía',
      doseMinutes: 'para dar la dosis',
      addedMinutes: 'más de operación',
    },
    notAdviceTitle: 'Información general, no consejo médico',
    notAdvice:
      'Esta página explica la IORT en general. No puede decir si la IORT es adecuada para usted. Eso lo decide con su propio equipo médico, que conoce los detalles de su caso.',
    selfCheckButton: '¿Podría ser la IORT una opción para mí? Haga la autoevaluación',
    compareButton: 'Comparar la IORT con otras radioterapias',
    how: {
      title: 'Qué ocurre durante la IORT',
      steps: {
        surgery:
          'Durante una tumorectomía (cirugía que conserva la mama), el cirujano primero extirpa el tumor.',
        balloon:
          'El médico de radioterapia coloca un globo blando en el hueco que queda. Se llena de agua con sal estéril.',
        source:
          'Una fuente de rayos X muy pequeña entra en un tubo fino en el centro del globo. Funciona con poca energía ({{sourceKilovolts}} kilovoltios). La radiación llega sobre todo al tejido cercano al lugar del tumor, no a toda la mama.',
        dose: 'Junto con un físico médico, el médico de radioterapia da una sola dosis, a menudo {{doseGy}} Gy en la superficie del globo. El Gy (gray) es la unidad de dosis de radiación. Esto dura unos {{doseMinutes}}.',
        finish:
          'Se retira el globo y el cirujano termina la operación. En total, la IORT alarga la cirugía unos {{addedMinutes}}.',
      },
    },
    suits: {
      title: 'A quién suele convenir la IORT',
      intro:
        'La IORT es para cánceres pequeños y precoces con poco riesgo de volver. El programa parte de estos criterios. Una persona puede ser buena candidata si se cumplen todos:',
      team: 'Cumplir estos puntos no significa que se vaya a ofrecer la IORT. Un equipo con cirujano de mama, oncólogo y médico de radioterapia estudia cada caso. Hablan de las opciones con la paciente.',
      clinicians:
        'Para los médicos que derivan pacientes: no todas las guías ponen estos límites en el mismo sitio. El equipo del programa puede explicar cómo se comparan sus criterios con las guías publicadas.',
    },
    after: {
      title: 'Cuando los resultados finales cambian el plan',
      body: 'Después de la cirugía, un patólogo examina con detalle el tejido extirpado. A veces este informe final encuentra algo que antes no se veía, como un cáncer lobulillar o cáncer en varios ganglios. Entonces el equipo suele aconsejar radioterapia de toda la mama cuando la mama ha cicatrizado, además de la IORT.',
      figure:
        'En el ensayo TARGIT-A, {{wbiAfterIortCount}} de {{iortTreatedCount}} mujeres que recibieron IORT ({{wbiAfterIortShare}}) también recibieron radioterapia de toda la mama. Cuando la IORT se dio durante la propia tumorectomía, la proporción fue del {{wbiAfterIortAtSurgeryShare}}.',
      extra:
        'Esta radioterapia añadida suele suponer de {{addedVisitsMin}} a {{addedVisitsMax}} visitas más durante {{addedWeeksMin}} a {{addedWeeksMax}} semanas.',
    },
    tradeOffs: {
      title: 'Ventajas e inconvenientes, con franqueza',
      goodTitle: 'Lo que puede ofrecer la IORT',
      good: {
        oneDay:
          'Para la mayoría, la radioterapia termina el día de la cirugía. La radioterapia de toda la mama supone en cambio una serie de visitas: desde 5 visitas en una semana hasta 25 o más durante 5 a 6 semanas.',
        small:
          'La radiación va a una zona pequeña alrededor del lugar del tumor, no a toda la mama.',
        fibrosis:
          'El endurecimiento tardío del tejido de la mama puede ser menos frecuente. En un centro alemán se vio a los 3 años en el {{fibrosisIortShare}} de las mujeres tras solo IORT, y en el {{fibrosisWbiShare}} tras radioterapia de toda la mama.',
      },
      weighTitle: 'Lo que hay que poner en la balanza',
      weigh: {
        recurrence:
          'Tras la IORT, es algo más probable que el cáncer vuelva en la misma mama. La página de comparación muestra las cifras por cada 1000 mujeres, con el tiempo y el ensayo.',
        guideline:
          'La guía de ASTRO de 2023 sobre radioterapia parcial de la mama dice que la IORT sola se asocia a más recaídas en la misma mama que la radioterapia de toda la mama.',
        extraRadiation:
          'Algunas personas necesitan después radioterapia de toda la mama, cuando el informe final muestra factores de riesgo.',
        seroma:
          'El líquido bajo la cicatriz (seroma) es más frecuente tras la IORT, aunque poco común con ambas. Una zona dura cerca de la cicatriz suele mejorar en {{firmAreaMonthsMin}} a {{firmAreaMonthsMax}} meses.',
        wound:
          'En un gran grupo de pacientes, {{woundCount}} de {{woundTotal}} necesitaron otra operación por un problema de la herida.',
      },
      survival:
        'En los ensayos, la supervivencia no fue distinta. Las pruebas de ensayos para la IORT con rayos X de baja energía vienen de TARGIT-A, que usó un aplicador distinto del globo descrito aquí. No encontramos resultados publicados de 5 años o más para el propio sistema de globo.',
    },
    sources: {
      title: 'Fuentes',
      intro:
        'Las cifras de estas páginas vienen de estos artículos. Cada cifra depende de quién participó y durante cuánto tiempo se le siguió. Puede no coincidir con el riesgo de una persona concreta.',
    },
    questions:
      'Su cirujano de mama o su médico de radioterapia son quienes mejor responden a preguntas sobre su propio tratamiento.',
  },
};

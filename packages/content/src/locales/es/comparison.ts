export const comparison = {
  comparison: {
    title: 'La IORT comparada con otras radioterapias',
    intro:
      'Tras una cirugía que conserva la mama, la radioterapia reduce la probabilidad de que el cáncer vuelva en esa mama. Aquí hay cuatro formas habituales de darla. Su equipo médico puede decirle cuáles encajan con su caso.',
    decision:
      'La elección la hace usted con su equipo. A menudo depende de cuántas visitas puede hacer, de los efectos secundarios y de cuánto le importa una pequeña diferencia de riesgo.',
    optionsTitle: 'Cuatro formas de dar la radioterapia',
    labels: {
      suits: 'A quién conviene',
      visits: 'Visitas y semanas',
      treated: 'Qué se trata',
      common: 'Efectos secundarios frecuentes',
      rare: 'Efectos secundarios raros',
      after: 'Después del informe final',
    },
    visits_one: '{{count}} visita de tratamiento',
    visits_many: '{{count}} visitas de tratamiento',
    visits_other: '{{count}} visitas de tratamiento',
    weeks_one: 'durante {{count}} semana',
    weeks_many: 'durante {{count}} semanas',
    weeks_other: 'durante {{count}} semanas',
    weeksRange_one: 'durante {{from}} a {{to}} semana',
    weeksRange_many: 'durante {{from}} a {{to}} semanas',
    weeksRange_other: 'durante {{from}} a {{to}} semanas',
    options: {
      iort: {
        name: 'IORT (una dosis durante la cirugía)',
        suits_one:
          'Cánceres pequeños y precoces con poco riesgo de volver. En este programa: personas mayores de {{count}} año con un tumor de menos de {{size}}, entre otros puntos.',
        suits_many:
          'Cánceres pequeños y precoces con poco riesgo de volver. En este programa: personas mayores de {{count}} años con un tumor de menos de {{size}}, entre otros puntos.',
        suits_other:
          'Cánceres pequeños y precoces con poco riesgo de volver. En este programa: personas mayores de {{count}} años con un tumor de menos de {{size}}, entre otros puntos.',
        visits:
          'Ninguna visita más: la dosis se da durante la operación, que dura unos {{addedMinutes}} más.',
        treated: 'Una zona pequeña de tejido alrededor del hueco donde estaba el tumor.',
        common:
          'Una zona dura cerca de la cicatriz, que suele mejorar en 2 años. El líquido bajo la cicatriz (seroma) es más frecuente que tras la radioterapia de toda la mama.',
        rare: 'Problemas de la herida que necesitan otra operación ({{woundCount}} de {{woundTotal}} personas en un gran grupo).',
        after:
          'Algunas personas necesitan también radioterapia de toda la mama: {{wbiAfterIortCount}} de {{iortTreatedCount}} mujeres ({{wbiAfterIortShare}}) en el ensayo TARGIT-A.',
      },
      wbi3: {
        name: 'Radioterapia de toda la mama en 3 semanas',
        suits:
          'La mayoría de las personas tras una cirugía que conserva la mama, con cualquier tamaño o tipo de tumor. También puede tratar los ganglios.',
        treated: 'Toda la mama y, a veces, los ganglios cercanos.',
        common:
          'Piel enrojecida o dolorida como una quemadura de sol, y cansancio durante el tratamiento. Algunas personas notan años después que la mama se ve o se siente distinta.',
        rare: 'Tejido de la mama duro o hinchado de forma duradera, y pequeños vasos visibles en la piel.',
        after: 'El plan se hace después del informe final, así que ya lo tiene en cuenta.',
      },
      wbi5: {
        name: 'Radioterapia de toda la mama en 5 semanas',
        suits:
          'Personas para quienes el equipo prefiere dosis diarias más pequeñas, por ejemplo tras una reconstrucción de la mama o cuando se tratan los ganglios.',
        treated:
          'Toda la mama y, a veces, los ganglios cercanos. A veces se dan dosis extra en la zona del tumor (una sobreimpresión).',
        common:
          'Piel enrojecida o dolorida como una quemadura de sol, a menudo algo más que en 3 semanas, y cansancio durante el tratamiento.',
        rare: 'Tejido de la mama duro o hinchado de forma duradera, y pequeños vasos visibles en la piel.',
        after: 'El plan se hace después del informe final, así que ya lo tiene en cuenta.',
        boost: 'más {{from}} a {{to}} visitas si se añade una sobreimpresión',
      },
      pbi5: {
        name: 'Radioterapia parcial de la mama en 5 visitas',
        suits:
          'Cánceres pequeños y precoces con poco riesgo de volver, de forma parecida a la IORT. Se da desde fuera del cuerpo después de la cirugía.',
        treated: 'La parte de la mama alrededor de donde estaba el tumor.',
        common:
          'Enrojecimiento leve de la piel. En el ensayo de Florencia hubo menos efectos secundarios, y la mama quedó mejor, que tras la radioterapia de toda la mama.',
        rare: 'Tejido de la mama duro de forma duradera en la zona tratada.',
        after: 'El plan se hace después del informe final, así que ya lo tiene en cuenta.',
      },
    },
    recurrence: {
      title: 'Con qué frecuencia volvió el cáncer en la misma mama',
      intro:
        'Cada bloque es un ensayo. Muestra cuántas mujeres de cada 1000 tuvieron una recaída en la mama tratada, y después de cuántos años. Compare los grupos dentro de un mismo ensayo, no entre ensayos: cada ensayo tuvo personas y seguimientos distintos.',
      perThousand_one: '{{count}} de cada 1000 mujeres',
      perThousand_many: '{{count}} de cada 1000 mujeres',
      perThousand_other: '{{count}} de cada 1000 mujeres',
      horizon_one: 'al cabo de {{count}} año',
      horizon_many: 'al cabo de {{count}} años',
      horizon_other: 'al cabo de {{count}} años',
      iconLabel:
        '{{arm}}: {{count}} de 1000 cuadrados son oscuros. Cada cuadrado oscuro es una mujer cuyo cáncer volvió {{horizon}}.',
      trials: {
        targit: {
          title: 'Ensayo TARGIT-A: IORT con rayos X de baja energía',
          note: 'Recuento: {{iortEvents}} de {{iortTotal}} mujeres tras la IORT y {{wbiEvents}} de {{wbiTotal}} tras la radioterapia de toda la mama. El ensayo fijó de antemano qué diferencia era aceptable, y esta quedó dentro de ese límite.',
        },
        eliot: {
          title: 'Ensayo ELIOT: IORT con electrones',
          note: 'La diferencia creció con el tiempo. Tras la IORT, el cáncer volvió en {{fiveYear}} de cada 1000 mujeres a los 5 años y en {{fifteenYear}} de cada 1000 a los 15 años.',
        },
        startB: {
          title: 'Ensayo START-B: toda la mama en 3 o 5 semanas',
          note: 'Este recuento incluye el cáncer que vuelve cerca de la mama, por ejemplo en los ganglios. El esquema de 3 semanas funcionó al menos igual de bien que el de 5.',
        },
        florence: {
          title: 'Ensayo de Florencia: mama parcial en 5 visitas',
          note: 'La diferencia entre los grupos fue pequeña y podría deberse al azar. El grupo de comparación recibió radioterapia de toda la mama en 5 semanas más una sobreimpresión.',
        },
      },
      arms: {
        targitIort: 'IORT',
        targitWbi: 'Toda la mama',
        eliotIort: 'IORT con electrones',
        eliotWbi: 'Toda la mama',
        startB3w: 'Toda la mama, 3 semanas',
        startB5w: 'Toda la mama, 5 semanas',
        florencePbi: 'Mama parcial, 5 visitas',
        florenceWbi: 'Toda la mama, 5 semanas',
      },
      source: 'Fuente: {{citation}}',
    },
    survival: 'En estos ensayos, el tipo de radioterapia no cambió cuánto vivieron las mujeres.',
    askTeam:
      'Preguntas para su equipo: ¿Qué opciones encajan con mi caso? ¿Cuál sería mi propio riesgo? ¿Qué probabilidad hay de que necesite más radioterapia después de la IORT?',
  },
};

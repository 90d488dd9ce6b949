/** The runner's and the wizard's checks' sentences in Spanish (shape and slots: `LiveWords`, src/i18n/checks/en-live.ts). */
import type { LiveWords } from './en-live';

export const esLive = {
  runner: {
    timedOutSummary: 'Esta revisión tardó demasiado y se detuvo.',
    timedOutDetail:
      'No terminó en {seconds} segundos, así que esta vez no nos dice nada. Pulsa «Revisar de nuevo» para intentarlo otra vez.',
    crashedSummary: 'Esta revisión no pudo ejecutarse en este navegador.',
    crashedDetail:
      'Se detuvo con un error ({error}), así que no nos dice nada sobre tu problema. Las demás revisiones no se ven afectadas.',
    wrongShape: 'devolvió un resultado con un formato incorrecto',
  },
  privateMode: {
    unknownSummary: 'No se pudo saber si esta es una ventana privada.',
    unknownDetail:
      'El detector no conoce este navegador. Si abriste esta página desde una ventana privada o de incógnito, todo lo que inicies ahí se olvida al cerrar la ventana.',
    browserNote: ' ({name})',
    privateSummary: 'Probablemente esta es una ventana privada o de incógnito.',
    privateDetail:
      'Las ventanas privadas{browser} guardan las cookies y los datos de los sitios solo hasta que se cierra la última ventana privada, así que cada vez se cierra tu sesión. Es una estimación, no una certeza: si sabes que esta es una ventana normal, ignóralo.',
    okSummary: 'Probablemente esta no es una ventana privada.',
    okDetail:
      'No se encontraron señales de una ventana privada{browser}. Es una estimación: si abriste una ventana privada o de incógnito, tu sesión se cerrará igualmente al cerrarla.',
  },
  clock: {
    unknownSummary: 'No se pudo leer el reloj del servidor.',
    unknownDetail: 'No llegó ninguna hora que se pueda usar. Compara tu reloj a mano con el de otro dispositivo.',
    okSummary: 'El reloj de tu dispositivo coincide con el del servidor.',
    aheadSummary: 'El reloj de tu dispositivo va unos {duration} adelantado respecto al del servidor.',
    behindSummary: 'El reloj de tu dispositivo va unos {duration} atrasado respecto al del servidor.',
    problemDetail:
      'Es suficiente para impedir el inicio de sesión: las páginas de inicio de sesión y los controles de seguridad que leen tu reloj pueden tomar un inicio de sesión recién hecho por uno caducado. Activa la fecha y hora automáticas y vuelve a revisar.',
    warningDetail:
      'Un poco desviado: es poco probable que cierre tu sesión por sí solo, pero los códigos de un solo uso y algunos controles de seguridad pueden fallar. Activa la fecha y hora automáticas.',
    okDetail: 'La diferencia es de unos {duration}: un desfase normal, demasiado pequeño para afectar al inicio de sesión.',
  },
  status: {
    statusLink: 'Página de estado de {product}',
    unknownSummary: 'Ahora mismo no se pudo leer el estado de {product}.',
    unknownDetail: 'Consultamos {host}, pero {why}. Abre la página de estado para ver si hay un incidente.',
    offline: 'este dispositivo no tiene conexión',
    blocked:
      'el navegador no pudo leer la respuesta (un bloqueador o un filtro de red la detuvo, o el servicio no deja que otros sitios la lean)',
    httpError: 'respondió con un error (HTTP {status})',
    emptyOrHuge: 'la respuesta estaba vacía o era demasiado grande',
    notJson: 'la respuesta no es JSON válido',
    timeout: 'no respondió en {seconds} segundos',
    unreadable: 'la respuesta no es un estado que podamos leer ({what})',
    unexpectedFormat: 'formato inesperado',
    checkedAgo: ' (Revisado hace {ago}.)',
    lessThanMinute: 'menos de un minuto',
    quoted: '«{name}»',
    nameJoin: ', ',
    andMore: ' y {count} más',
    degradedSummary: '{product} informa de un rendimiento reducido en este momento.',
    degradedMeaning:
      'Las solicitudes lentas o fallidas pueden cerrar la sesión. Si tu problema empezó a la misma hora, esta es la causa probable.',
    maintenanceSummary: '{product} está en mantenimiento en este momento.',
    outageSummary: '{product} tiene una caída en este momento.',
    partialOutageSummary: '{product} tiene una caída parcial en este momento.',
    downMeaning:
      'Cuando un servicio no funciona, las aplicaciones web suelen perder las sesiones, y nada en tu navegador lo arregla. Espera a que se resuelva y vuelve a iniciar sesión.',
    anIncident: 'un incidente',
    aProblem: 'un problema',
    cannotTellSummary: '{maker} informa de {what}, pero no dice a qué servicios afecta.',
    cannotTellMeaning: 'Abre la página de estado: si menciona {product} y tu problema empezó a la misma hora, esta es la causa probable.',
    elsewhereSummary: '{maker} informa de {what} en otros servicios; {product} no aparece.',
    clearSummary: '{product} no informa de ningún incidente ni mantenimiento en este momento.',
    okMeaning: 'Es poco probable que un problema de su lado sea lo que cerró tu sesión.',
    okMeaningElsewhere: 'Nada de eso menciona {product}, así que es poco probable que un problema de su lado sea lo que cerró tu sesión.',
    lists: 'La página de estado muestra {names}. ',
    planned: ' Mantenimiento previsto: {names}{starts}.',
    startsIn: ', empieza en unos {duration}',
  },
} satisfies LiveWords;

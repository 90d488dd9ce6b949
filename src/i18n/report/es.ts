/** The words of a report in Spanish (see ./en.ts). */
import type { ReportPageText, ReportText } from './en';

export const es = {
  status: { ok: 'Bien', warning: 'Advertencia', problem: 'Problema', unknown: 'Desconocido' },
  reasons: {
    timeout: 'tardó demasiado',
    crashed: 'se detuvo por un error',
    blocked: 'el navegador la bloqueó',
    offline: 'el dispositivo no tenía conexión',
    'no-answer': 'el servidor al que consulta no respondió',
    'bad-answer': 'no se pudo leer la respuesta',
    'needs-visit': 'espera una segunda visita después de reiniciar',
    unsupported: 'no puede probar este navegador',
  },
  statusWithReason: '{status} ({reason})',
  nameSeparator: ': ',
  fact: ' ({fact})',
  errors: {
    empty: 'Este enlace no contiene ningún informe.',
    'too-long': 'Este enlace es mucho más largo que cualquier informe, así que no se leyó.',
    damaged:
      'Este enlace de informe está dañado: falta una parte o se cambió, así que no se puede mostrar. Pide el enlace otra vez y cópialo completo.',
    'future-version':
      'Este informe se hizo con una versión más nueva de este sitio y no se puede leer aquí. Recarga esta página; si sigue diciendo esto, pide un enlace nuevo.',
    invalid: 'Este enlace no contiene un informe hecho por este sitio, así que no se muestra nada de él.',
  },
  copy: {
    copied: 'Informe copiado',
    failed: 'No se pudo copiar. Selecciona el informe y cópialo a mano.',
    copiedShort: 'Copiado',
    failedShort: 'No se copió',
  },
  madeOn: 'Hecho el {date}',
  thatIs: 'Es decir, {local} en tu zona horaria, según el reloj del dispositivo que lo hizo. Versión del formato del informe: {version}.',
  browser: 'Navegador: {browser}',
  browserLine: '{name} {version} en {os}',
  checkResults: 'Resultados de las comprobaciones',
  noChecks: 'No se hizo ninguna en este navegador.',
  pointsTo: 'Apunta a: ',
  wizardAnswers: 'Respuestas del asistente',
  wizardResult: 'Resultado del asistente: ',
  unknownAnswerOne: 'Una respuesta a una pregunta que este sitio ya no hace (no se muestra)',
  unknownAnswersMany: '{n} respuestas a preguntas que este sitio ya no hace (no se muestran)',
  unknownResult: 'un resultado que esta versión del sitio no conoce',
  errorHelp: 'Los informes se hacen en {check}: haz ahí las comprobaciones y comparte un enlace nuevo.',
  checkPage: 'la página de comprobación',
  skew: {
    same: 'la misma hora que el servidor',
    ahead: '{amount} adelantado respecto al servidor',
    behind: '{amount} atrasado respecto al servidor',
    seconds: '{n} s',
    minutes: '{n} min',
    hours: '{n} h',
    deviceClock: 'reloj del dispositivo: {skew}',
  },
  text: {
    title: '{site}: informe de diagnóstico',
    made: 'Hecho: {date}',
    checks: 'Comprobaciones:',
    wizardAnswers: 'Respuestas del asistente:',
    wizardResult: 'Resultado del asistente: {result}',
    pointsTo: '  Apunta a: {cause}, {url}',
    link: 'Enlace del informe: {link}',
  },
} satisfies ReportText;

export const esPage = {
  title: 'Informe de diagnóstico',
  description: 'Un informe de diagnóstico compartido, leído en tu navegador.',
  breadcrumb: 'Informe',
  lede: 'Lo que encontró {check} en el navegador de otra persona, solo para leer. El informe está dentro del propio enlace y se lee aquí, en tu navegador: nunca llega a nuestro servidor y nada de él se ejecuta.',
  liveCheck: 'la comprobación en vivo',
  jsOff:
    'Para leer un informe hace falta JavaScript, que está desactivado en este navegador. Actívalo para ver este informe, o pide el informe como texto (se copia en la página de comprobación).',
  runChecks: 'Haz las comprobaciones en tu propio navegador',
  copy: 'Copiar el informe como texto',
} satisfies ReportPageText;

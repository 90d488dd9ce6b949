/** The sentences of the checks only /check/ runs, in Spanish (shape: `MoreWords`, src/i18n/checks/en-more.ts). */
import { dateWords, humanDuration, localDayTimeWords, unitWords } from '../../common/time-words';
import type { MoreWords } from './en-more';

const DAY_MS = 86_400_000;
const day = (n: number) => dateWords(n * DAY_MS, 'es');
const d = (ms: number) => humanDuration(ms, 'es');
const openFor = (ms: number) => (ms < 10_000 ? 'los pocos segundos' : `los ${d(ms)}`);

export const esMore = {
  cookies: {
    okSummary: 'Las cookies funcionan: este navegador guardó una cookie de prueba y la volvió a borrar.',
    okDetail: (deleted: boolean) =>
      `Los inicios de sesión suelen guardarse en cookies, y este navegador las acepta de este sitio${deleted ? '' : ' (no borró la cookie de prueba cuando se le pidió, lo que aquí no causa problemas)'}. Si se sigue cerrando tu sesión cada vez que vuelves a abrir el navegador, mira la revisión «Datos tras reiniciar».`,
    problemSummary: 'Las cookies están bloqueadas: este navegador no guardó una cookie de prueba.',
    problemDetail: (saysOn: boolean) =>
      `${saysOn ? 'Tu navegador dice que las cookies están activadas, pero rechazó la cookie de prueba: una configuración o una extensión las está bloqueando.' : 'Tu navegador indica que las cookies están desactivadas.'} Sin cookies, un sitio no puede mantener tu sesión iniciada, así que cada carga de página puede parecer una visita nueva y terminar en "session expired".`,
    unavailableSummary: 'Las cookies no están disponibles en esta página.',
    unavailableDetail:
      'El navegador no deja que esta página lea ni escriba cookies. Así, los sitios no pueden mantener tu sesión iniciada.',
  },
  storage: {
    local: 'Almacenamiento local',
    session: 'Almacenamiento de sesión',
    indexedDb: 'IndexedDB',
    line: (store: string, why?: string) => `${store}: ${why === undefined ? 'funciona' : `no funciona, ${why}`}.`,
    notGivenBack: 'no devolvió lo que se escribió',
    notDeleted: 'no borró la entrada de prueba',
    refused: (error: string) => `lo rechazó (${error})`,
    notOffered: 'este navegador no lo ofrece',
    noAnswer: (seconds: number) => `no respondió en ${seconds} segundos`,
    facts: (lines: readonly string[]) => lines.join(' '),
    persistent: 'Los datos de este sitio están marcados como persistentes: el navegador no los borrará por su cuenta para liberar espacio.',
    bestEffort:
      'Los datos de este sitio se guardan «en la medida de lo posible», como los de la mayoría de los sitios: el navegador solo puede borrarlos si se queda sin espacio.',
    okSummary: 'El almacenamiento del sitio funciona: el almacenamiento local, el de sesión e IndexedDB guardaron datos de prueba.',
    problemSummary: 'El almacenamiento del sitio está bloqueado o no funciona en este navegador.',
    problemDetail: (facts: string) =>
      `Las aplicaciones guardan partes de tu inicio de sesión y del trabajo sin guardar en el almacenamiento del sitio; si está bloqueado o se borra, se puede cerrar tu sesión. Esto suele significar que los datos de los sitios están bloqueados en la configuración del navegador o que esta es una ventana privada. ${facts}`,
    warningSummary: 'El almacenamiento de sesión no funciona; el resto sí.',
    warningDetail: (facts: string) =>
      `Algunas aplicaciones guardan el estado de la sesión de cada pestaña en el almacenamiento de sesión. ${facts}`,
  },
  network: {
    dropped: (times: number) => `la conexión se cortó ${times === 1 ? 'una vez' : `${times} veces`}`,
    switched: (change?: string) => `la conexión cambió (${change ?? 'cambió el tipo'})`,
    slept: (ms: number) => `el dispositivo entró en reposo o se pausó durante unos ${d(ms)}`,
    seen: (events: readonly string[]) => events.join('; '),
    offlineSummary: 'Ahora mismo no tienes conexión.',
    offlineDetail: (seen?: string) =>
      `Este navegador no tiene conexión a la red. Una solicitud hecha sin conexión, o una conexión que se corta una y otra vez, puede cerrar una sesión o hacer que parezca cerrada.${seen ? ` Mientras esta página estaba abierta, ${seen}.` : ''}`,
    unreachableSummary: 'Tu navegador dice que tiene conexión, pero no se pudo llegar a este sitio.',
    unreachableDetail:
      'Una solicitud a este sitio falló hace un momento. Un portal cautivo, una VPN que se está reconectando o una conexión inestable pueden causarlo, y lo mismo rompe los inicios de sesión.',
    changedSummary: 'Tu conexión cambió mientras esta página estaba abierta.',
    changedDetail: (openMs: number, seen: string) =>
      `En ${openFor(openMs)} que esta página lleva abierta, ${seen}. Las aplicaciones pueden cerrar una sesión cuando tu conexión o tu dirección cambian a mitad de camino (las VPN que cambian de servidor también lo hacen).`,
    okSummary: 'Con conexión, sin cortes, cambios ni reposo.',
    okDetail: (openMs: number) =>
      `Tienes conexión y, en ${openFor(openMs)} que esta página lleva abierta, la conexión no se cortó ni cambió y el dispositivo no entró en reposo. Deja esta página abierta mientras trabajas para detectar un cambio más tarde y luego pulsa «Revisar de nuevo».`,
  },
  blockers: {
    offlineSummary: 'No se pudo saber si hay un bloqueador de contenido activo: ahora mismo no se puede llegar a este sitio.',
    offlineDetail:
      'El script de prueba no se cargó, pero en este momento tampoco se carga nada más de este sitio (puede que no tengas conexión), así que eso no dice nada sobre los bloqueadores. Pulsa «Revisar de nuevo» cuando vuelvas a tener conexión.',
    hidden: 'se ocultó un elemento de prueba con aspecto de anuncio',
    blocked: 'se bloqueó un script de prueba con nombre de anuncio',
    replaced: 'se reemplazó un script de prueba con nombre de anuncio por uno vacío',
    warningSummary: 'Es posible que haya un bloqueador de contenido activo.',
    warningDetail: (signs: readonly string[]) =>
      `En esta página ${signs.join(' y ')}. Los bloqueadores de anuncios, de rastreadores y de privacidad a veces también bloquean las solicitudes o las cookies que necesita un inicio de sesión. Prueba a pausarlos para el sitio de la aplicación o inicia sesión desde una ventana sin extensiones.`,
    noAnswerSummary: 'No se pudo saber si hay un bloqueador de contenido activo.',
    noAnswerDetail:
      'El script de prueba no se cargó ni falló a tiempo. Si usas extensiones que bloquean anuncios o rastreadores o que protegen tu privacidad, prueba a pausarlas para el sitio de la aplicación.',
    okSummary: 'No hay señales de un bloqueador de contenido en esta página.',
    okDetail:
      'El elemento de prueba siguió visible y el script de prueba se ejecutó. Las extensiones que solo borran o bloquean cookies no dejan este rastro, así que, si usas extensiones de privacidad o de seguridad, todavía pueden ser la causa.',
  },
  browser: {
    unknownName: 'un navegador desconocido',
    unknownLabel: 'Navegador desconocido',
    on: (os?: string) => (os ? ` en ${os}` : ''),
    noDataSummary: (browser: string) => `Usas ${browser}; no tenemos fechas de lanzamiento para él.`,
    noDataDetail: (name: string) =>
      `No pudimos saber qué tan antigua es esta versión de ${name}. Sea cual sea el navegador, mantenerlo actualizado evita errores de inicio de sesión corregidos hace tiempo.`,
    newerSummary: (browser: string) => `Usas ${browser}, una versión actual.`,
    newerDetail: (name: string, builtDay: number) =>
      `Esta versión es más nueva que todas las versiones de ${name} que conocíamos cuando se creó este sitio (${day(builtDay)}), así que está al día.`,
    since: (releaseDay: number, before: boolean) => `${before ? 'antes del' : 'el'} ${day(releaseDay)}`,
    oldSummary: (browser: string, days: number, more: boolean) =>
      `Usas ${browser}, publicada hace ${more ? 'más de ' : ''}${unitWords(Math.round(days / 30), 'month', 'es')}.`,
    oldDetail: (since: string, newestVersion: string, newestDay: number, name: string) =>
      `Esta versión salió ${since}; la más nueva que conocemos es la ${newestVersion} (${day(newestDay)}). Las aplicaciones web se prueban con navegadores actuales, y los errores de inicio de sesión de las versiones antiguas no se corrigen. Actualiza ${name} y reinícialo.`,
    recentSummary: (browser: string) => `Usas ${browser}, una versión reciente.`,
    recentDetail: (since: string, days: number, limitDays: number) =>
      `Esta versión salió ${since} (hace ${unitWords(days, 'day', 'es')}); las versiones de hasta ${unitWords(limitDays, 'day', 'es')} cuentan como actuales.`,
  },
  persistence: {
    restartLink: 'Empezar de nuevo la revisión en dos visitas',
    returnLink: 'Enlace de regreso',
    notRestartedSummary: 'El navegador todavía no se ha reiniciado.',
    notRestartedDetail:
      'Esta pestaña todavía conserva lo que guardó antes, así que el navegador no se cerró del todo. Cierra el navegador por completo (todas las ventanas), vuelve a abrirlo y abre el enlace de regreso.',
    keptSummary: 'Tu navegador conservó los datos de este sitio después de reiniciar.',
    keptDetail: (since?: number) =>
      `La cookie y la entrada del almacenamiento local guardadas antes de reiniciar siguen aquí${since === undefined ? '' : ` desde el ${localDayTimeWords(since, 'es')}`}. Tu navegador no borra los datos de los sitios al cerrarse, así que eso no es lo que cierra tu sesión.`,
    partSummary: (cookieKept: boolean) =>
      `Tu navegador conservó ${cookieKept ? 'la cookie' : 'la entrada del almacenamiento local'}, pero borró ${cookieKept ? 'la entrada del almacenamiento local' : 'la cookie'} al cerrarse.`,
    partDetail: (cookieKept: boolean) =>
      `Parte de los datos de este sitio no sobrevivió al reinicio. Las aplicaciones necesitan ambas cosas para mantener tu sesión iniciada; una configuración, una herramienta de limpieza o una extensión que borra ${cookieKept ? 'los datos de los sitios' : 'las cookies'} al cerrar hará que se cierre tu sesión.`,
    earlierSummary: 'Este enlace de regreso es de una prueba anterior.',
    earlierDetail:
      'La marca guardada ahora es más nueva que la que espera este enlace. Empieza de nuevo la revisión en dos visitas y usa el nuevo enlace de regreso.',
    goneSummary: 'Tu navegador borró los datos de este sitio al cerrarse.',
    goneDetail:
      'La cookie y la entrada del almacenamiento local guardadas antes de reiniciar ya no están. Un navegador configurado para borrar las cookies y los datos de los sitios al cerrarse (o una herramienta de limpieza o una extensión) cierra tu sesión en todos los sitios cada vez. Permite que el sitio de la aplicación conserve sus datos y vuelve a hacer esta revisión.',
    notStoredSummary: 'Este navegador no quiso guardar la marca.',
    notStoredDetail:
      'No se pudo escribir ni una cookie ni el almacenamiento local, así que nada de lo que guarda este sitio sobrevive ni siquiera a una recarga. Mira las revisiones «Cookies» y «Almacenamiento del sitio».',
    step1Summary: 'Paso 1 de 2 hecho: ahora reinicia tu navegador y vuelve.',
    step1Detail:
      'Ahora hay una pequeña marca guardada para este sitio (una cookie y una entrada del almacenamiento local, nada personal). Guarda el enlace de regreso (cópialo o añádelo a marcadores), cierra el navegador por completo, vuelve a abrirlo y abre el enlace: te dirá si la marca sobrevivió.',
  },
} satisfies MoreWords;

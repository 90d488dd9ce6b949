/**
 * Everything the wizard says, in Spanish (neutral, tú). Keys, ids and `{slots}`: ./en.ts and the
 * tree (src/wizard/tree.ts). ChatGPT's own messages stay in English, word for word, as people see them.
 */
import { site } from '../../config/site';
import type { WizardWords } from './en';

const app = site.product.name;
const maker = site.product.maker;
const NOT_SURE = 'No estoy seguro';

export const es = {
  ui: {
    heading: 'Diagnosticar mi problema',
    answeredOne: 'Tu respuesta hasta ahora',
    answeredMany: 'Tus {n} respuestas hasta ahora',
    change: 'Cambiar',
    pasteLabel: 'O pega el mensaje exacto que ves',
    pasteButton: 'Buscar mi respuesta',
    copySummary: 'Copiar un resumen para soporte',
    confirm: 'Detectamos que {text}. ¿Es correcto?',
    yesRight: 'Sí, es correcto',
    noWrong: 'No, no es correcto',
    foundBy: 'Lo que vio la revisión en vivo',
    progressLast: 'Pregunta {n}, la última',
    progressOf: 'Pregunta {n} de {max} como máximo',
    progressLastLeft: 'Última pregunta',
    progressLeft: 'Quedan {left} preguntas como máximo',
  },
  page: {
    intro: 'Responde unas preguntas y te diremos la causa más probable y cómo solucionarla. Toma más o menos un minuto.',
    restart: 'Empezar de nuevo',
  },
  notices: {
    problems: {
      unreadable: 'No pudimos leer las respuestas de ese enlace: puede que esté cortado o modificado.',
      'unknown-step': 'Ese enlace menciona una pregunta que no tenemos: puede ser de una versión anterior de esta página.',
      'unknown-answer': 'Ese enlace tiene una respuesta que no reconocemos: puede ser de una versión anterior de esta página.',
      'wrong-page': 'Las respuestas de ese enlace no llevan a esta pregunta: puede que el enlace se haya modificado.',
    },
    restart: 'Por eso empezamos de nuevo desde la primera pregunta.',
  },
  paste: {
    empty: 'Primero pega o escribe el mensaje.',
    reading: 'Buscando…',
    recognised: 'Reconocido: “{wording}”.',
    searching: 'Todavía no conocemos ese texto exacto: buscamos sus palabras.',
  },
  result: {
    kicker: {
      cause: 'Causa más probable',
      topic: 'No es un problema de inicio de sesión',
      unclear: 'Resultado',
      uncertain: 'Causa más probable, pero no es seguro',
    },
    fix: 'La solución, en breve',
    fixLink: 'Todos los pasos para tu navegador',
    topicLink: 'Leer la respuesta completa',
    checkLink: 'Hacer la revisión del navegador en vivo',
    why: 'Por qué lo creemos',
    whyNone: 'Abriste este resultado directamente, así que no hay respuestas en las que basarse.',
    also: 'También es posible',
    alsoLead: 'Tus respuestas también encajan con estas, de más a menos probable:',
    alsoUncertain: 'Tus respuestas encajan casi igual de bien con estas; pruébalas también si la solución de arriba no funciona:',
    alsoNone: '¿No es esto? Ver todas las causas',
    support: 'Contactar con soporte',
    supportLead: 'Si nada de esto te ayuda, contacta con soporte y cuéntales lo que ya probaste.',
    supportNoJs: 'Incluye la dirección de esta página: contiene tus respuestas.',
    supportLink: 'Contactar con soporte',
    copied: 'Resumen copiado',
    copyFailed: 'No se pudo copiar. Selecciona el resumen y cópialo tú.',
    summaryLabel: 'Resumen para soporte',
    changed: 'La revisión en vivo encontró algo nuevo. {title}.',
    unclearLead: 'Nada en tus respuestas apunta a una sola causa. Causas comunes que tus respuestas no descartan:',
    whyNothing: 'Tus respuestas hasta ahora no apuntan por sí solas a una causa.',
    reportLink: 'Informe de diagnóstico (se abre en modo de solo lectura en cualquier navegador):',
    checkAgrees: 'la revisión en vivo coincide',
    checkFound: 'La revisión en vivo encontró:',
    overruled: 'Nos dijiste que esto no era correcto, así que no lo tuvimos en cuenta: “{finding}”',
    summaryTitle: `${site.siteName}: resumen del diagnóstico`,
    stopped: 'Se detuvo en',
    link: 'Enlace',
    answers: 'Respuestas',
    none: '- (ninguna)',
    browser: 'Navegador',
    browserOn: '{name} {version} en {os}',
    checks: 'Revisiones en vivo',
  },
  questions: {
    where: {
      question: '¿Dónde lo ves?',
      answers: {
        computer: 'En un navegador, en una computadora',
        phone: 'En un navegador, en un teléfono o tableta',
        app: `En la app de ${app} (teléfono, tableta o computadora)`,
        tool: `En otra app, extensión o herramienta que usa mi cuenta de ${app}`,
      },
    },
    message: {
      question: '¿Qué mensaje ves?',
      help: 'Elige el texto más parecido al que ves, o pégalo abajo.',
      answers: {
        'session-expired': '“Your session has expired”, o me pide volver a iniciar sesión',
        'token-expired': '“Your authentication token has expired” o “… has been invalidated”',
        'security-check': '“Verify you are human”, “Just a moment…” o “Sorry, you have been blocked”',
        'unusual-activity': '“Unusual activity has been detected from your device”',
        'not-session':
          'Un error, un límite de uso, un chat que falta, un archivo o una sesión de código caducados, o un mensaje sobre la cuenta',
        'not-sure': NOT_SURE,
      },
    },
    'other-message': {
      question: '¿Qué se parece más a lo que ves?',
      help: 'Parecen problemas de inicio de sesión, pero no lo son; cada uno tiene su propia solución.',
      answers: {
        error: '“Something went wrong”, “Network error” o “Error in body stream”',
        limit: '“Too many requests in 1 hour” u otro límite de uso',
        conversation: '“Unable to load conversation” o “Conversation not found”',
        file: '“It appears there was an error accessing the file”, o se agotó el tiempo del análisis de datos',
        account: 'Mi cuenta está desactivada, o dice “not available in your country”',
        none: 'Ninguno de estos',
      },
    },
    when: {
      question: '¿Cuándo pasa?',
      answers: {
        away: 'Cuando vuelvo a una pestaña que dejé abierta',
        reopen: 'Cada vez que cierro el navegador y lo vuelvo a abrir',
        active: 'Mientras lo estoy usando',
        network: 'Después de cambiar de red o de activar o desactivar una VPN',
        'other-device': 'Después de iniciar sesión en otro lugar o de cambiar mi contraseña',
        hours: 'Después de más o menos las mismas horas, aunque esté trabajando',
        'right-after': 'Justo después de iniciar sesión, o me pide iniciar sesión una y otra vez',
        'not-sure': 'Parece al azar, o no estoy seguro',
      },
    },
    'away-what': {
      question: 'Mientras no estabas, ¿el dispositivo entró en reposo o cambió de red?',
      help: 'Por ejemplo, cerraste la tapa de la laptop o pasaste del wifi a los datos móviles.',
      answers: {
        slept: 'Sí, entró en reposo o cambió de red',
        stayed: 'No, siguió activo en la misma conexión',
        'not-sure': NOT_SURE,
      },
    },
    'private-window': {
      question: '¿Usas una ventana privada o de incógnito?',
      help: 'Incógnito, InPrivate o Navegación privada: estas ventanas suelen verse oscuras y olvidan tu sesión al cerrarse.',
      answers: {
        yes: 'Sí, una ventana privada o de incógnito',
        no: 'No, una ventana normal',
        'not-sure': NOT_SURE,
      },
      detect: {
        'private-mode=yes': 'probablemente esta es una ventana privada o de incógnito',
        'private-mode=no': 'esta parece una ventana normal',
      },
    },
    'clears-on-close': {
      question: '¿Tu navegador está configurado para bloquear las cookies o borrarlas al cerrarse?',
      help: 'Por ejemplo, un ajuste como “Delete cookies when closed” (borrar cookies al cerrar) o “Block all cookies” (bloquear todas las cookies), una app de limpieza como CCleaner, o una política del trabajo.',
      answers: {
        yes: 'Sí, o una app de limpieza las borra',
        no: 'No',
        'not-sure': NOT_SURE,
      },
      detect: {
        'cookies=yes': 'este navegador no conserva las cookies',
        'persistence=yes': 'este navegador borró los datos de este sitio la última vez que se cerró',
      },
    },
    status: {
      question: '¿La página de estado informa de un problema ahora mismo?',
      help: `Mira la entrada de ${app}, no solo el aviso de arriba. Ahí aparecen las incidencias y los mantenimientos.`,
      link: `Abrir la página de estado de ${app}`,
      answers: {
        yes: 'Sí, aparece una incidencia o un mantenimiento',
        no: 'No, todo funciona',
        'not-sure': 'No sé decirlo',
      },
      detect: {
        'service-status=yes': `la página de estado informa de una incidencia o un mantenimiento que puede afectar a ${app}`,
        'service-status=no': `la página de estado no informa de ningún problema con ${app} ahora mismo`,
      },
    },
    'this-browser': {
      question: '¿Cuál de estas opciones es cierta?',
      help: 'Elige la primera que encaje. Los bloqueadores incluyen bloqueadores de anuncios, complementos de privacidad o antivirus y extensiones de VPN.',
      answers: {
        everywhere: 'También pasa en otros navegadores y en otros dispositivos',
        private: 'Es una ventana privada o de incógnito',
        network: 'Usa una VPN o Private Relay, o cambia entre wifi y datos móviles',
        blockers: 'Tiene un bloqueador o una extensión de privacidad, o bloquea los rastreadores por sí mismo',
        old: 'Está desactualizado, o hay una actualización pendiente',
        cookies: 'Bloquea o borra las cookies',
        'only-here': 'Ninguna de estas, pero solo pasa en este navegador',
        none: 'Ninguna de estas',
        'not-sure': NOT_SURE,
      },
    },
    clock: {
      question: '¿La fecha, la hora y la zona horaria de este dispositivo son correctas?',
      help: 'Compáralas con tu teléfono u otro reloj. Lo más seguro es configurarlas en automático.',
      answers: {
        wrong: 'No, están mal',
        right: 'Sí, son correctas',
        'not-sure': NOT_SURE,
      },
      detect: {
        'clock=wrong': 'el reloj de tu dispositivo no coincide con el de nuestro servidor',
        'clock=right': 'el reloj de tu dispositivo coincide con el de nuestro servidor',
      },
    },
    'account-change': {
      question: '¿Pasó alguna de estas cosas?',
      answers: {
        password: 'Cambié mi contraseña, o cerré la sesión en todos los dispositivos',
        shared: 'Otra persona usa mi cuenta, o tiene la sesión iniciada en muchos dispositivos',
        work: 'Inicio sesión con una cuenta del trabajo o de la escuela',
        none: 'Ninguna de estas',
        'not-sure': NOT_SURE,
      },
    },
    'work-account': {
      question: '¿Inicias sesión con una cuenta del trabajo o de la escuela?',
      help: 'Por ejemplo, a través de la página de inicio de sesión de tu organización (inicio de sesión único).',
      answers: {
        yes: 'Sí, una cuenta del trabajo o de la escuela',
        no: 'No, una cuenta personal',
        'not-sure': NOT_SURE,
      },
    },
    'app-when': {
      question: '¿Cuándo te cierra la sesión la app?',
      answers: {
        reopen: 'Después de una actualización, o cuando vuelvo a abrir la app',
        'other-device': 'Después de iniciar sesión en otro lugar o de cambiar mi contraseña',
        network: 'Después de cambiar de red o de activar o desactivar una VPN',
        'not-sure': 'Parece al azar, o no estoy seguro',
      },
    },
    'tool-browser': {
      question: `¿${app} sigue funcionando en tu navegador?`,
      help: `Abre ${new URL(site.product.appUrl).host} en un navegador. Si ahí sigues con la sesión iniciada, solo terminó la sesión propia de la herramienta.`,
      answers: {
        works: 'Sí, solo la herramienta me cerró la sesión',
        broken: 'No, ahí también se cerró la sesión',
        'not-tried': 'No lo he probado',
      },
    },
  },
  reasons: {
    'where=computer': 'Pasa en un navegador, en una computadora.',
    'where=phone': 'Pasa en un navegador, en un teléfono o tableta.',
    'where=app': `Pasa en la app de ${app}, no en un navegador.`,
    'where=tool': `Pasa en una herramienta que usa tu cuenta de ${app} y que tiene su propio inicio de sesión.`,
    'message=token-expired': 'El mensaje habla de un token de inicio de sesión caducado o anulado.',
    'message=security-check': 'El mensaje viene de la verificación de seguridad que hay delante del sitio.',
    'message=unusual-activity': 'El mensaje viene de la protección de la cuenta.',
    'other-message=error': 'El mensaje es un error, no un cierre de sesión.',
    'other-message=limit': 'El mensaje trata de un límite de uso.',
    'other-message=conversation': 'No se cargó una conversación o tu historial.',
    'other-message=file': 'Caducó un archivo o una sesión de análisis de datos, no tu sesión.',
    'other-message=account': 'El mensaje trata de tu cuenta o de tu país, no de una sesión.',
    'when=away': 'Pasa cuando vuelves a una pestaña que dejaste abierta.',
    'when=reopen': 'Se cierra tu sesión cada vez que vuelves a abrir el navegador, así que no se está guardando.',
    'when=active': 'Pasa mientras lo usas, así que no se debe a la inactividad.',
    'when=network': 'Pasa después de un cambio de red o de VPN.',
    'when=other-device': 'Pasa después de iniciar sesión en otro lugar o de cambiar la contraseña, lo que puede cerrar otras sesiones.',
    'when=hours': 'Pasa siempre después de más o menos el mismo tiempo, incluso mientras trabajas.',
    'when=right-after': 'Incluso un inicio de sesión recién hecho se rechaza.',
    'away-what=slept': 'El dispositivo entró en reposo o cambió de red mientras no estabas.',
    'away-what=stayed': 'El dispositivo siguió activo en una sola conexión, así que solo cambió el tiempo que estuviste fuera.',
    'private-window=yes': 'Usas una ventana privada, que olvida tu sesión al cerrarse.',
    'private-window=no': 'Usas una ventana normal.',
    'clears-on-close=yes': 'Tu navegador o una app de limpieza bloquea o borra los datos del sitio.',
    'clears-on-close=no': 'Tu navegador conserva las cookies.',
    'status=yes': 'La página de estado informa de una incidencia o un mantenimiento.',
    'status=no': 'La página de estado no informa de ningún problema.',
    'this-browser=everywhere':
      'Pasa en todos los navegadores y dispositivos, así que depende de tu cuenta o del servicio, no de un navegador.',
    'this-browser=private': 'Usas una ventana privada o de incógnito, que olvida tu sesión al cerrarse.',
    'this-browser=network': 'Tu conexión cambia: una VPN, Private Relay, o pasar del wifi a los datos móviles.',
    'this-browser=blockers':
      'Tu navegador bloquea rastreadores o tiene extensiones de privacidad o seguridad, que pueden eliminar lo que mantiene tu sesión.',
    'this-browser=old': 'Este navegador está desactualizado, y las versiones antiguas pueden fallar al iniciar sesión.',
    'this-browser=cookies': 'Este navegador bloquea o borra las cookies.',
    'this-browser=only-here': 'Solo pasa en este navegador, y nada evidente en él bloquea ni borra nada.',
    'this-browser=none': 'Este navegador no tiene bloqueadores, está actualizado y conserva las cookies.',
    'clock=wrong': 'El reloj de tu dispositivo no está bien, y eso puede hacer que una sesión válida parezca caducada.',
    'clock=right': 'El reloj de tu dispositivo está bien.',
    'account-change=password':
      'Cambiaste tu contraseña o cerraste la sesión en todos los dispositivos, lo que cierra las sesiones en todas partes.',
    'account-change=shared':
      'Otra persona usa tu cuenta, o tiene la sesión iniciada en muchos dispositivos, y cualquiera de ellos puede cerrar sesiones.',
    'account-change=work':
      'Inicias sesión con una cuenta del trabajo o de la escuela, cuyo proveedor de inicio de sesión puede limitar cuánto dura una sesión.',
    'account-change=none':
      'No se hizo nada en la cuenta: ni cambio de contraseña, ni otra persona usándola, ni inicio de sesión del trabajo.',
    'account-change=not-sure': '',
    'work-account=yes':
      'Inicias sesión con una cuenta del trabajo o de la escuela, cuyo proveedor de inicio de sesión puede limitar cuánto dura una sesión.',
    'work-account=no': 'Usas una cuenta personal, así que ninguna organización fija un límite de tiempo.',
    'app-when=reopen': 'La app te cierra la sesión después de una actualización o al volver a abrirse.',
    'app-when=other-device': 'Pasa después de iniciar sesión en otro lugar o de cambiar la contraseña, lo que puede cerrar otras sesiones.',
    'app-when=network': 'Pasa después de un cambio de red o de VPN.',
    'tool-browser=works': `${app} sigue funcionando en tu navegador, así que solo terminó la sesión propia de la herramienta.`,
    'tool-browser=broken': `También se cerró tu sesión de ${app} en el navegador.`,
    'message=session-expired': '',
    'message=not-session': '',
    'message=not-sure': '',
    'other-message=none': '',
    'when=not-sure': '',
    'away-what=not-sure': '',
    'private-window=not-sure': '',
    'clears-on-close=not-sure': '',
    'status=not-sure': '',
    'this-browser=not-sure': '',
    'clock=not-sure': '',
    'work-account=not-sure': '',
    'app-when=not-sure': '',
    'tool-browser=not-tried': '',
  },
  outcomes: {
    'inactivity-timeout': {
      summary:
        'Las apps web suelen cerrar una sesión que lleva un rato sin actividad; vuelve a iniciar sesión y recarga la pestaña antes de escribir después de una pausa.',
      because: `El mensaje aparece después de dejar la pestaña sin usar. Las apps web suelen cerrar las sesiones inactivas para proteger las cuentas; ${maker} no publica cuánto espera ${app}.`,
      fix: [
        'Copia cualquier texto sin enviar antes de hacer clic en nada.',
        'Recarga la página y vuelve a iniciar sesión.',
        'Después de una pausa larga, recarga la pestaña antes de empezar a escribir.',
      ],
    },
    'cleared-cookies': {
      summary:
        'Tu navegador, una app de limpieza o una política borra o bloquea las cookies que mantienen tu sesión; deja que el sitio guarde sus datos.',
      because:
        'Si se cierra tu sesión cada vez que reinicias el navegador, la cookie que la mantiene no sobrevive. Lo causan ajustes, apps de limpieza y políticas que borran o bloquean los datos de los sitios.',
      fix: [
        `Permite que ${app} guarde sus cookies y datos del sitio en la configuración del navegador.`,
        'Desactiva el borrado al cerrar, o agrega el sitio como excepción.',
        'Inicia sesión, cierra el navegador por completo, vuelve a abrirlo y comprueba que sigues con la sesión iniciada.',
      ],
    },
    'private-browsing': {
      summary:
        'Las ventanas privadas olvidan tu sesión al cerrarse, así que te la vuelven a pedir cada vez; usa una ventana normal para seguir con la sesión iniciada.',
      because: 'Una ventana privada o de incógnito no guarda nada al cerrarse, así que cada ventana nueva empieza sin sesión.',
      fix: [
        'Copia cualquier texto sin enviar.',
        'Abre una ventana o pestaña normal: Ctrl+N (Cmd+N en Mac), o desactiva el modo privado en la vista de pestañas del navegador del teléfono.',
        `Inicia sesión en ${app} ahí y cierra la ventana privada.`,
      ],
    },
    'browser-extensions': {
      summary:
        'Una extensión de privacidad, de seguridad o un bloqueador de anuncios elimina las cookies o solicitudes que mantienen tu sesión; encuéntrala y permite el sitio.',
      because:
        'Las extensiones que bloquean rastreadores, limpian cookies o desvían el tráfico pueden quitar lo que mantiene viva una sesión, y solo en el navegador que las tiene.',
      fix: [
        'Prueba una ventana privada, donde la mayoría de las extensiones están desactivadas. Si ahí sigues con la sesión iniciada, la culpa es de una extensión.',
        'Desactiva las extensiones de una en una, empezando por los bloqueadores y los limpiadores de cookies.',
        `Cuando la encuentres, vuelve a activarla y permite ${app} en su configuración.`,
      ],
    },
    'server-maintenance': {
      summary: `${app} tiene una interrupción o un mantenimiento que puede cerrar las sesiones de todos; espera a que la página de estado esté bien y entra una vez.`,
      because:
        'Durante una incidencia o un mantenimiento, las sesiones pueden cerrarse para todos a la vez. No hay nada que arreglar de tu lado.',
      fix: [
        'Revisa la página de estado por si hay una incidencia o un mantenimiento.',
        'Espera, luego recarga una vez e inicia sesión.',
        'No borres todas tus cookies ni reinstales el navegador: no servirá de nada.',
      ],
    },
    'multiple-sessions': {
      summary:
        'Las sesiones terminan si alguien cierra todas las sesiones o cambia la contraseña, y muchos inicios de sesión a la vez pueden activar la protección de cuenta.',
      because: `${app} permite que cualquiera con la sesión iniciada en tu cuenta cierre sus sesiones, y ${maker} menciona más inicios de sesión simultáneos de lo normal como motivo de una alerta de actividad sospechosa.`,
      fix: [
        'Vuelve a iniciar sesión en el dispositivo que estás usando ahora.',
        'Abre Settings → Security → Active sessions y cierra las sesiones que no reconozcas.',
        'Si otra persona sabe tu contraseña, cámbiala: en 30 minutos se cerrarán todas las sesiones.',
      ],
    },
    'expired-token': {
      summary:
        'El token que mantiene tu sesión caducó o se anuló; vuelve a iniciar sesión y, si sigue pasando, borra las cookies solo de este sitio.',
      because:
        'Cuando pasa en todos los navegadores, o el mensaje menciona un token, lo probable es que se esté rechazando el inicio de sesión en sí: caducó o se anuló, por ejemplo por un cambio de contraseña.',
      fix: [
        'Recarga la página e inicia sesión una vez.',
        `Si vuelve a pasar pronto, borra las cookies y los datos del sitio solo de ${app}, no de todo el navegador.`,
        'Si sigue volviendo, revisa el reloj de tu dispositivo.',
      ],
    },
    'network-changes': {
      summary:
        'Activar o desactivar una VPN, pasar del wifi a los datos móviles o despertar una laptop cambia tu dirección y puede cerrar una sesión.',
      because: `Cuando una VPN se conecta o se cae, o cambias de red, cambia tu dirección. Las apps web pueden desconfiar de una sesión que de repente llega desde otro lugar, y ${maker} menciona las VPN, los proxies y Private Relay entre lo que conviene desactivar cuando se marcan sesiones.`,
      fix: [
        'Espera a que la conexión se estabilice, luego recarga e inicia sesión una vez.',
        'Mantén la VPN activada o desactivada durante toda la sesión, con una ubicación fija.',
        'Cuando la laptop se despierte, recarga antes de escribir.',
      ],
    },
    'login-time-limit': {
      summary:
        'Una sesión del trabajo o la escuela puede terminar tras el tiempo que fija tu organización, aunque estés activo; vuelve a entrar y planifica el trabajo largo.',
      because:
        'Si se cierra tu sesión después de más o menos el mismo tiempo, aunque estés trabajando, apunta a un límite de duración del inicio de sesión, normalmente fijado por el proveedor de inicio de sesión de una organización.',
      fix: [
        'Primero copia cualquier texto sin enviar.',
        'Recarga e inicia sesión con el mismo método que antes.',
        'Antes de un trabajo largo, inicia sesión de nuevo para que el límite no llegue a la mitad.',
      ],
    },
    'clock-skew': {
      summary:
        'Un reloj muy desajustado puede hacer que una sesión válida parezca caducada o que falle una verificación; activa fecha, hora y zona horaria automáticas.',
      because:
        'Los inicios de sesión y las verificaciones de seguridad llevan la hora. Si tu reloj está muy desajustado, un inicio de sesión de hace un momento puede parecer caducado o todavía no válido.',
      fix: [
        'Haz la revisión en vivo para comparar tu reloj con el de un servidor.',
        'Activa la fecha, la hora y la zona horaria automáticas.',
        'Recarga y vuelve a iniciar sesión.',
      ],
    },
    'app-bugs': {
      summary:
        'Un error o un navegador desactualizado puede impedir el inicio de sesión; actualiza el navegador, recarga la página a fondo e informa de lo que siga fallando.',
      because:
        'Cuando solo este navegador tiene el problema y nada bloquea el sitio, lo probable es una versión antigua del navegador o un error en una versión nueva.',
      fix: [
        'Actualiza el navegador y reinícialo.',
        'Recarga la página (en una computadora, Ctrl+Shift+R o Cmd+Shift+R también omite los archivos en caché).',
        'Prueba otro navegador actualizado; si ahí funciona, informa del problema.',
      ],
    },
    'security-check': {
      summary:
        'La verificación de seguridad del sitio se repite o te bloquea; revisa tu reloj, permite las cookies, pausa la VPN y los bloqueadores, y recarga una vez.',
      because:
        'El mensaje viene de la verificación contra bots que se ejecuta antes de que cargue el sitio. Necesita cookies y JavaScript, un reloj correcto y una conexión de confianza.',
      fix: [
        'Dale unos segundos a la verificación y luego recarga una vez.',
        'Asegúrate de que el reloj del dispositivo se ajusta automáticamente y de que el sitio puede usar cookies.',
        'Pausa la VPN o la extensión de bloqueo y recarga; si sigues bloqueado, anota el Ray ID para soporte.',
      ],
    },
    'unusual-activity': {
      summary: `La protección de cuentas de ${maker} reaccionó a lugares nuevos, VPN o muchas sesiones; protege la cuenta y quédate con un solo dispositivo y una sola red.`,
      because: `${maker} muestra alertas de actividad sospechosa ante inicios de sesión desde lugares o dispositivos inesperados, cambios repentinos de uso y más inicios de sesión simultáneos de lo normal.`,
      fix: [
        'Cambia tu contraseña y activa la autenticación multifactor.',
        'Cierra todas las sesiones en Settings → Security → Active sessions y luego inicia sesión en un solo dispositivo de confianza.',
        'Desactiva las VPN, los proxies, Private Relay y las herramientas de automatización mientras lo resuelves.',
      ],
    },
    'third-party-tools': {
      summary:
        'Una extensión, un programa o una herramienta de terminal tiene su propio inicio de sesión; cuando termina, actualiza la herramienta y vuelve a entrar en ella.',
      because: `Las herramientas que usan tu cuenta de ${app} guardan su propia copia del inicio de sesión. Termina según su propio calendario, aunque ${app} siga funcionando en tu navegador.`,
      fix: [
        `Abre ${app} en tu navegador: si ahí funciona, solo terminó la sesión de la herramienta.`,
        'Actualiza la herramienta.',
        'Cierra sesión y vuelve a entrar con el botón o el comando de inicio de sesión de la propia herramienta.',
      ],
    },
    'chatgpt-apps': {
      summary: `La app oficial de ${app} te cerró la sesión; actualízala, vuelve a abrirla e inicia sesión con el mismo método que antes.`,
      because: `Las sesiones en las apps de ${app} terminan como cualquier otra: cuando tú u otra persona cierran todas las sesiones, después de un cambio de contraseña, o cuando se rechaza el inicio de sesión de la app.`,
      fix: [
        'Primero copia cualquier texto sin enviar en la app.',
        'Actualiza la app, ciérrala por completo y vuelve a abrirla.',
        'Inicia sesión con el mismo método que antes (Apple, Google, Microsoft o correo electrónico).',
      ],
    },
    'service-errors': {
      title: 'Un error, no un cierre de sesión',
      summary:
        'Errores como “Something went wrong” o “Network error” vienen del servicio o de tu conexión, no de tu sesión; guarda tu texto y vuelve a intentarlo.',
      because:
        'Estos mensajes aparecen cuando una respuesta no carga o el servicio tiene problemas. Sigues con la sesión iniciada, así que volver a entrar no servirá de nada.',
      fix: [
        'Copia cualquier texto que no hayas enviado.',
        'Revisa la página de estado y luego recarga una vez.',
        'Si sigue pasando en una red, prueba otra conexión.',
      ],
    },
    'rate-limits': {
      title: 'Un límite de uso, no un cierre de sesión',
      summary: 'Llegaste a un límite de uso, no al final de tu sesión; volver a iniciar sesión no lo restablece, esperar sí.',
      because: 'Los mensajes de límite cuentan lo que envías. Terminan cuando el límite se restablece, no cuando vuelves a iniciar sesión.',
      fix: [
        'Copia cualquier texto que no hayas enviado.',
        'Espera a que se restablezca el límite, o cambia a otro modelo si se ofrece.',
        'No cierres sesión: no restablece el límite.',
      ],
    },
    'file-sessions': {
      title: 'Un archivo caducado, no tu sesión',
      summary: 'Caducó un archivo o una sesión de análisis de datos; tu chat y tu sesión están bien, así que vuelve a subir el archivo.',
      because: 'Los archivos que subes y las sesiones de análisis de datos terminan por sí solos. Solo se perdió el archivo.',
      fix: [
        'Vuelve a subir el archivo en el mismo chat.',
        'Vuelve a preguntar desde el último mensaje que lo usaba.',
        'No hace falta cerrar ni iniciar sesión.',
      ],
    },
    'conversation-missing': {
      title: 'Un chat que no cargó',
      summary:
        'Un chat que no carga, o un historial que parece vacío, rara vez es un problema de sesión: revisa la cuenta, los chats archivados y la página de estado.',
      because: 'Las conversaciones pueden no cargar durante una incidencia, o estar en otra cuenta o en los chats archivados.',
      fix: [
        'Comprueba que iniciaste sesión en la cuenta que esperas.',
        'Busca en los chats archivados y revisa la página de estado.',
        'Recarga una vez; si un chat sigue sin aparecer, contacta con soporte.',
      ],
    },
    'account-access': {
      title: 'Un bloqueo de la cuenta o del país',
      summary:
        'Una cuenta desactivada, un bloqueo por país o un problema de pago no es un problema de sesión; volver a iniciar sesión no ayuda, soporte o facturación sí.',
      because: 'Estos mensajes tratan de la cuenta en sí o del lugar desde donde te conectas, no de la sesión en este dispositivo.',
      fix: [
        'Lee el correo que te envió el servicio sobre tu cuenta, si lo hay.',
        'Inicia sesión con el mismo método que usaste al registrarte.',
        'Contacta con soporte a través del centro de ayuda.',
      ],
    },
    unclear: {
      title: 'Ninguna causa destaca',
      summary:
        'Tus respuestas no apuntan claramente a una causa; abajo aparecen las más probables, y la revisión del navegador en vivo puede decir más.',
      because:
        'Ninguna respuesta ni hallazgo en vivo apunta claramente a una causa sobre las demás. La revisión en vivo mira cosas que tú no ves, como las cookies y tu reloj.',
      fix: [
        'Haz la revisión del navegador en vivo: encuentra causas que tú no ves.',
        'Sigue la lista de prevención.',
        'Si sigue pasando, contacta con soporte con el resumen de abajo.',
      ],
    },
  },
} satisfies WizardWords;

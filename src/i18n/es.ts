/** The words of the page chrome in Spanish (neutral, tú). Keys and their `{slots}`: `en.ts`. */
import { site } from '../config/site';
import type { Dictionary } from './en';

const { name: product, maker, message } = site.product;

export const es = {
  common: {
    search: 'Buscar',
    searchHelpCenter: 'Buscar en el centro de ayuda',
    describeProblem: 'Describe tu problema',
    searchExample: 'p. ej., me saca al volver del almuerzo',
    diagnose: 'Diagnosticar mi problema',
    checkBrowser: 'Revisar mi navegador',
    answerQuestions: 'Responde unas preguntas',
    everyMessageWordForWord: 'todos los mensajes, palabra por palabra',
    notSignIn: 'No es un problema de inicio de sesión',
    preventionChecklist: 'Lista de prevención',
    faq: 'Preguntas frecuentes',
    sources: 'Fuentes',
    lastReviewed: 'Última revisión: {date}.',
    listComma: ', ',
  },
  layout: {
    skipToContent: 'Saltar al contenido',
  },
  header: {
    searchLandmark: 'Buscar en el sitio',
    searchPlaceholder: 'Buscar, p. ej., se cierra la sesión en el wifi',
    languages: 'Idiomas',
  },
  footer: {
    allCauses: 'Todas las causas',
    everyMessage: 'Todos los mensajes',
    staffIndex: 'Enlaces de respuesta para el equipo de soporte',
    independent: `Ayuda independiente, sin relación con ${maker} ni con ${product}. Para temas de tu cuenta, contacta con {support}.`,
    support: `el soporte de ${product}`,
  },
  breadcrumbs: {
    landmark: 'Ruta de navegación',
    home: 'Inicio',
    causes: 'Causas',
    messages: 'Mensajes',
  },
  article: {
    onThisPage: 'En esta página',
    tryThisFirst: 'Prueba esto primero',
    relatedCauses: 'Causas relacionadas',
  },
  detectedBy: {
    title: '¿No sabes si esta es tu causa?',
    canCheck: 'La revisión en vivo puede buscarla en tu propio navegador: {checks}. Nada sale de tu dispositivo.',
    cannotCheck: 'Ninguna revisión del navegador puede detectar esta causa directamente.',
    questions: '{questions} para encontrar la causa que encaja con lo que ves.',
  },
  browserSteps: {
    yours: '(tu navegador)',
  },
  home: {
    description: `Por qué ${product} dice “${message}” y cómo hacer que deje de pasar: todas las causas, un diagnóstico breve y una revisión en vivo de tu navegador.`,
    title: `¿${product} te sigue mostrando “${message}”?`,
    keepWorkLead: 'Primero, no pierdas tu trabajo:',
    keepWork:
      'copia lo que hayas escrito y aún no hayas enviado, y luego recarga la página. Muchas veces, con solo recargar, la sesión vuelve sin tener que iniciar sesión otra vez.',
    lede: '¿Sigues fuera de tu sesión? Encuentra la causa, arréglala en unos minutos y evita que vuelva a pasar. A la mayoría de las personas las saca alguno de unos pocos ajustes o hábitos, y puedes revisar casi todos aquí mismo, en tu navegador.',
    describeWhatHappens: 'Describe lo que pasa',
    causesTitle: 'Las causas',
    otherTitle: '¿Ves otro mensaje?',
    otherText: 'Algunos mensajes no tienen que ver con el inicio de sesión: {others}. O busca las palabras exactas que ves en {messages}.',
    mostAsked: 'Lo más preguntado',
    allQuestions: 'Todas las preguntas',
  },
  causes: {
    title: 'Todas las causas del mensaje',
    description: (count: number) =>
      `Las ${count} razones por las que ${product} cierra una sesión antes de tiempo, una línea cada una, con un enlace a la solución.`,
    heading: `Todas las causas de “${message}”`,
    lede: 'Cada línea lleva a la solución completa. ¿No sabes cuál es la tuya? {diagnose}.',
    notSignInText: 'Estos mensajes parecen un problema de sesión, pero volver a iniciar sesión no lo soluciona.',
    exactWords: '¿Buscas las palabras exactas que ves en pantalla? Consulta {messages}.',
  },
  faq: {
    title: 'Preguntas y respuestas',
    description: `Respuestas claras sobre “${message}” en ${product}: qué significa, si pierdes tu trabajo y cómo evitarlo.`,
    questionsOnPage: 'Preguntas de esta página',
    sources: 'Fuentes: {sources}',
    readMore: 'Más información: {causes}',
  },
  prevent: {
    description: `Una lista breve para que ${product} deje de cerrarte la sesión: cookies, ventanas privadas, extensiones, VPN, relojes y hábitos.`,
    lede: 'Recorre la lista una vez; los primeros puntos evitan la mayoría de los cierres de sesión. Cada uno enlaza a la explicación completa.',
    // The cause's name stays as its article writes it: lowercasing would turn "VPN" into "vpn".
    moreOn: (cause: string) => `Leer más: ${cause}`,
  },
  messages: {
    title: 'Todos los mensajes, palabra por palabra',
    description: `Los mensajes que la gente ve en ${product} y en sus páginas de seguridad, qué significa cada uno y la respuesta que le corresponde.`,
    lede: 'Encuentra las palabras exactas que ves en pantalla: cada mensaje explica qué significa y enlaza a la respuesta que le corresponde. No todos son problemas de inicio de sesión.',
    groups: 'Grupos',
    also: 'También: {variants}',
    answer: 'Respuesta: {answer}',
    seenIn: 'Aparece en: {places}. Fuente: {sources}',
    placeSeparator: '; ',
  },
  other: {
    messagesTitle: 'Mensajes que explica esta página',
    notWhatYouSee: '¿No es lo que ves? {questions} o consulta {messages}.',
    everyMessage: 'todos los mensajes',
  },
  notFound: {
    title: 'Página no encontrada',
    description: 'Esta página no existe. Busca en el centro de ayuda o diagnostica tu problema.',
    heading: 'No encontramos esa página',
    lede: 'Puede que el enlace tenga un error o esté incompleto. Lo más probable es que tu respuesta esté en alguna de estas.',
    commonCauses: 'Causas frecuentes',
  },
  search: {
    description: `Busca cualquier respuesta sobre “${message}”: causas, soluciones y preguntas, con tus propias palabras.`,
    label: 'Describe lo que pasa, con tus propias palabras',
    noScript:
      'Para mostrar resultados hace falta JavaScript. Abajo están todas las causas; todos los mensajes exactos están en {catalog}, y todas las preguntas, en {faq}.',
    catalog: 'el catálogo de mensajes',
    results: 'Resultados de la búsqueda',
    nothingMatched: 'No hay resultados para “{query}”.',
    tryFewer:
      'Prueba con menos palabras o con palabras más sencillas, como “wifi” o “incógnito”. O responde unas preguntas y buscamos la causa contigo:',
    everyCause: 'Todas las causas',
    orFind: 'O busca tu mensaje exacto en {messages}, o lee {faq}.',
    questionsAndAnswers: 'las preguntas y respuestas',
  },
} satisfies Dictionary;

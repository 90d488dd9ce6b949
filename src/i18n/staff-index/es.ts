/** The staff index's words in Spanish (see ./en.ts). Replies speak to the customer with "tú". */
import type { StaffWords } from './en';

export const es = {
  page: {
    title: 'Enlaces de respuesta para el equipo de soporte',
    description:
      'Cada respuesta del centro de ayuda con su enlace permanente y un resumen de una línea, lista para pegar en la respuesta a un ticket.',
    breadcrumb: 'Enlaces de respuesta',
    lede: (count) =>
      `Las ${count} respuestas que se pueden enlazar: cada causa, cada sección de cada artículo y cada pregunta. Los enlaces son permanentes; pégalos en los tickets.`,
    filterLabel: 'Filtrar respuestas',
    filterPlaceholder: 'p. ej., vpn, incógnito, solución',
    groups: 'Grupos',
    none: 'Ninguna respuesta coincide con «{query}». Prueba con una sola palabra, como «vpn» o «cookies».',
  },
  browser: {
    copyLink: 'Copiar enlace',
    copyReply: 'Copiar respuesta',
    copied: 'Copiado',
    failed: 'No se copió',
    linkCopied: 'Enlace copiado',
    replyCopied: 'Respuesta copiada',
    couldNotCopy: 'No se pudo copiar. Selecciona {what} y cópialo a mano.',
    link: 'el enlace',
    reply: 'la respuesta',
    shown: 'Se muestran {shown} de {total} respuestas.',
    filterWordsUrl: '/es/answers/filter-words.json',
  },
  sectionSummaries: {
    'is-this-you': 'Señales de que esta es la causa, y dónde buscar si no lo es.',
    'why-it-happens': 'Qué pasa detrás del mensaje, en palabras sencillas.',
    'fix-it-now': 'Pasos para volver a entrar ahora sin perder nada.',
    'stop-it-happening-again': 'Ajustes y hábitos para que no vuelva a pasar.',
    'keep-your-work-safe': 'Cómo no perder el texto escrito ni los chats cuando pasa.',
  },
  partOf: (title) => `Parte de «${title}».`,
  replies: {
    cause: (title) => `Por lo que describes, parece la causa que explicamos en nuestra guía «${title}». La solución, paso a paso:`,
    section: (section, causeTitle) => `Esta parte de nuestra guía «${causeTitle}» te puede ayudar («${section}»):`,
    fixedSection: {
      'is-this-you': (causeTitle) => `Para comprobar si es lo que te pasa, mira las señales que aparecen en «${causeTitle}»:`,
      'why-it-happens': (causeTitle) => `Aquí se explica por qué pasa («${causeTitle}»):`,
      'fix-it-now': (causeTitle) => `Con estos pasos deberías poder volver a iniciar sesión («${causeTitle}»):`,
      'stop-it-happening-again': (causeTitle) => `Para que no vuelva a pasar, te ayudan estos ajustes y hábitos («${causeTitle}»):`,
      'keep-your-work-safe': (causeTitle) => `Para no perder tu trabajo cuando pase, mira «${causeTitle}»:`,
    },
    other: (title) => `No es un problema de inicio de sesión. Qué significa el mensaje y qué hacer («${title}»):`,
    message: (message) => `Qué significa el mensaje “${message}” y la respuesta que le corresponde:`,
    faq: (question, summary) => `${question} ${summary} Más detalles:`,
    checklistItem: (action) => `Algo que ayuda: ${action.charAt(0).toLowerCase()}${action.slice(1)}. Por qué y cómo:`,
    wizardResult: (title) => `Según tus respuestas, la causa más probable es «${title}». En esta página se explica por qué y qué hacer:`,
  },
  groups: {
    other: 'No es un problema de inicio de sesión',
    messages: 'Mensajes, palabra por palabra',
    faq: 'Preguntas y respuestas',
    wizard: 'Resultados del diagnóstico',
    tools: 'Herramientas y resúmenes',
  },
  keywords: {
    messages: ['mensaje', 'error', 'texto', 'exacto'],
    faq: ['preguntas', 'pregunta', 'faq'],
    prevent: ['prevenir', 'evitar', 'lista'],
    wizard: ['diagnóstico', 'diagnosticar', 'resultado'],
    tools: ['herramienta'],
  },
  checklist: {
    title: 'Lista para prevenir',
    summary: 'La lista corta de ajustes y hábitos que evitan la mayoría de los cierres de sesión.',
    reply: 'Esta lista corta evita la mayoría de estos cierres de sesión:',
  },
  diagnose: {
    title: 'Diagnosticar mi problema',
    summary: 'Unas pocas preguntas que llevan a la causa que corresponde, con comprobaciones en vivo en el navegador.',
    reply: 'Este cuestionario corto encuentra la causa contigo y revisa tu navegador mientras lo respondes:',
  },
  check: {
    title: 'Revisar mi navegador',
    summary: 'Comprobaciones en vivo de cookies, almacenamiento, modo privado, reloj, red, bloqueadores y versión del navegador.',
    reply: 'Esta página revisa tu navegador en busca de las causas habituales; nada sale de tu dispositivo:',
  },
  causes: {
    title: 'Todas las causas',
    summary: 'Todas las causas del mensaje, una línea cada una.',
    reply: 'Aquí tienes todas las causas conocidas, una línea cada una:',
  },
  unclear: {
    title: 'Ninguna causa destaca',
    summary:
      'Las respuestas no apuntan con claridad a una sola causa; se muestran las más probables, y la comprobación del navegador puede decir más.',
  },
} satisfies StaffWords;

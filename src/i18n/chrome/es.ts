/** The language chrome's words in Spanish (see en.ts). */
import type { ChromeWords } from './en';

export const es = {
  offer: {
    label: 'Idioma',
    text: 'Esta página también está en español.',
    go: 'Leer en español',
    dismiss: 'No, gracias',
  },
  copyLink: {
    button: 'Copiar enlace',
    label: 'Copiar enlace a la sección «{title}»',
    copied: 'Copiado',
    failed: 'No se pudo copiar',
    said: 'Enlace copiado',
    saidFailed: 'No se pudo copiar. El enlace está ahora en la barra de direcciones.',
  },
} satisfies ChromeWords;

/** The language chrome's words in Spanish (see en.ts). */
import type { ChromeWords } from './en';

export const es = {
  offer: {
    label: 'Idioma',
    text: 'Esta página también está en español.',
    go: 'Leer en español',
    dismiss: 'No, gracias',
  },
} satisfies ChromeWords;

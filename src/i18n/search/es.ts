/** Search's interface words in Spanish (see en.ts). */
import type { SearchWords } from './en';
import { es as chrome } from '../es';

export const es = {
  kinds: {
    Cause: 'Causa',
    'Not a sign-in problem': chrome.common.notSignIn,
    Message: 'Mensaje',
    Question: 'Pregunta',
    'Prevention checklist': chrome.common.preventionChecklist,
    Page: 'Página',
  },
  count: {
    none: 'Sin resultados',
    one: '1 resultado',
    many: '{n} resultados',
  },
  header: {
    list: 'Resultados de búsqueda',
    allResults: 'Todos los resultados de “{query}”',
    searchPage: 'Buscar “{query}” en la página de búsqueda',
    nothing: 'Ninguna página coincide con esas palabras. Prueba con menos palabras o más sencillas, o {diagnose}.',
    diagnose: 'diagnostica tu problema',
    found: '{count}. Usa las flechas arriba y abajo para elegir, y Enter para abrir.',
    none: '{count} para {query}.',
    unavailable: 'Los resultados al instante no están disponibles. Pulsa Enter para buscar.',
  },
  page: {
    status: '{count} para “{query}”.',
    failed: 'No se pudo cargar la búsqueda. Revisa tu conexión y vuelve a cargar la página, o mira las causas de abajo.',
  },
} satisfies SearchWords;

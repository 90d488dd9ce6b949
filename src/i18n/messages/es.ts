/** The message catalog's group and place names in Spanish (see ./en.ts). */
import { site } from '../../config/site';
import type { CatalogWords } from './en';

const { name: app, appUrl } = site.product;

export const es = {
  groups: {
    session: 'Sesión e inicio de sesión',
    security: 'Controles de seguridad y protección de la cuenta',
    'apps-tools': `En las apps de ${app}, extensiones y otras herramientas`,
    service: 'Errores y caídas del servicio',
    limits: 'Límites de uso',
    'files-conversations': 'Archivos y conversaciones',
    account: 'Acceso a la cuenta',
  },
  places: {
    web: `${new URL(appUrl).host} en un navegador`,
    app: `una app de ${app}`,
    tool: 'una extensión, una app de escritorio no oficial u otra herramienta',
    cloudflare: 'una página de seguridad de Cloudflare',
  },
} satisfies CatalogWords;

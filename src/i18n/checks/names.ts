/**
 * The live checks' names in every language (what `CHECK_WORDS` in src/config/checks.ts is in
 * English): a short label and what the check looks for. Build-time accessor; the browser gets
 * the page's language only, from the JSON block `<CheckNames>` writes (src/browser/check-words.ts).
 */
import { CHECK_WORDS, type CheckId, type CheckWords } from '../../config/checks';
import type { Locale } from '../../config/locales';

export type CheckNames = Readonly<Record<CheckId, CheckWords>>;

const es = {
  cookies: { label: 'Cookies', looksFor: 'si este navegador de verdad guarda una cookie que se le da' },
  storage: {
    label: 'Almacenamiento del sitio',
    looksFor: 'si el almacenamiento local, el de sesión e IndexedDB funcionan y guardan los datos',
  },
  'private-mode': { label: 'Ventana privada', looksFor: 'si esta es probablemente una ventana privada o de incógnito' },
  clock: { label: 'Reloj del dispositivo', looksFor: 'si tu reloj coincide con el de un servidor' },
  network: {
    label: 'Cambios de red',
    looksFor: 'si pierdes la conexión, cambias de red o el dispositivo entra en reposo mientras la página está abierta',
  },
  blockers: {
    label: 'Bloqueadores de contenido',
    looksFor: 'señales de que un bloqueador de anuncios o rastreadores interfiere con la página',
  },
  browser: { label: 'Versión del navegador', looksFor: 'qué navegador usas y qué tan antigua es esa versión' },
  'service-status': { label: 'Estado del servicio', looksFor: 'un incidente o mantenimiento publicado en la página de estado pública' },
  persistence: {
    label: 'Datos tras reiniciar',
    looksFor: 'si tu navegador borra los datos de los sitios al cerrarse (hacen falta dos visitas)',
  },
} as const satisfies CheckNames;

const ja = {
  cookies: { label: 'Cookie', looksFor: 'このブラウザが受け取った Cookie を実際に保存するかどうか' },
  storage: {
    label: 'サイトのストレージ',
    looksFor: 'ローカルストレージ、セッションストレージ、IndexedDB が使え、データが保持されるかどうか',
  },
  'private-mode': { label: 'プライベートウィンドウ', looksFor: 'プライベートウィンドウやシークレットウィンドウである可能性' },
  clock: { label: '端末の時計', looksFor: 'お使いの端末の時計がサーバーの時計と合っているかどうか' },
  network: { label: 'ネットワークの変化', looksFor: 'ページを開いている間のオフライン、接続の切り替え、端末のスリープ' },
  blockers: { label: 'コンテンツブロッカー', looksFor: '広告ブロッカーやトラッカーブロッカーがページに干渉している形跡' },
  browser: { label: 'ブラウザのバージョン', looksFor: 'お使いのブラウザと、そのバージョンがどれくらい古いか' },
  'service-status': { label: 'サービスの状況', looksFor: '公開ステータスページに掲載された障害やメンテナンス' },
  persistence: { label: '再起動後のデータ', looksFor: 'ブラウザを閉じたときにサイトのデータが消去されるかどうか（2回の訪問が必要です）' },
} as const satisfies CheckNames;

const NAMES: Readonly<Record<Locale, CheckNames>> = { en: CHECK_WORDS, es, ja };

/** The checks' names in `locale`. */
export const checkWords = (locale: Locale): CheckNames => NAMES[locale];

/** A check's label as it stands inside a sentence ("the device clock check"): lower case where the language has case. */
export const inlineCheckLabel = (locale: Locale, id: CheckId): string =>
  locale === 'ja' ? checkWords(locale)[id].label : checkWords(locale)[id].label.toLowerCase();

/**
 * The limits each /check/ card names in its details (`checkLimits()` in src/config/site.ts), in
 * every language: English is the site config's own wording; the others translate each shown
 * limit's label and reason here, keyed by the limit's name, with the sources unchanged.
 * Build-time only.
 */
import type { CheckId } from '../../config/checks';
import type { Locale, TranslatedLocale } from '../../config/locales';
import { checkLimits, site, thresholdTable, type ThresholdName } from '../../config/site';

type Shown = 'clockWarningSeconds' | 'clockProblemSeconds' | 'browserOutdatedDays' | 'sleepGapMs' | 'statusReuseMinutes';

interface LimitWords {
  /** The card's label; values come from the site config. */
  readonly label: string;
  readonly reason: string;
}

const t = site.thresholds;
const m = site.statusApi.reuseMinutes;

const WORDS: Readonly<Record<TranslatedLocale, Readonly<Record<Shown, LimitWords>>>> = {
  es: {
    clockWarningSeconds: {
      label: `Aviso a partir de ${t.clockWarningSeconds / 60} minutos de diferencia`,
      reason:
        'Hasta unos dos minutos es un desfase normal: los códigos de un solo uso admiten un intervalo de 30 segundos más uno o dos de desfase, y una biblioteca de inicio de sesión muy usada en navegadores admite 60 segundos; más allá, los códigos y las comprobaciones de corta duración pueden fallar.',
    },
    clockProblemSeconds: {
      label: `Problema a partir de ${t.clockProblemSeconds / 60} minutos de diferencia`,
      reason:
        'Cinco minutos es la mayor diferencia de reloj que suele admitir el software de inicio de sesión (Kerberos, las comprobaciones de tokens de Microsoft); más allá, los tokens y los controles de seguridad que leen el reloj del dispositivo pueden parecer caducados o todavía no válidos; con horas o días de diferencia, además, las cookies con fecha caducan al llegar y los sitios seguros fallan en las fechas de sus certificados.',
    },
    browserOutdatedDays: {
      label: `Desactualizado después de ${t.browserOutdatedDays} días`,
      reason:
        'Chrome publica una versión nueva cada cuatro semanas, así que 180 días son unas seis versiones de retraso, cuando las correcciones de inicio de sesión ya no le llegan; el corte exacto es criterio nuestro.',
    },
    sleepGapMs: {
      label: `En reposo cuando un temporizador llega ${t.sleepGapMs / 1000} segundos tarde`,
      reason:
        'Criterio nuestro (sin fuente externa): un temporizador de la página que se activa un minuto o más tarde significa que el dispositivo entró en reposo o congeló la pestaña; los momentos de mucha carga retrasan los temporizadores mucho menos.',
    },
    statusReuseMinutes: {
      label: `Se vuelve a consultar después de ${m} minutos`,
      reason:
        'incident.io pide a quien inserta su feed de estado que lo guarde en caché («the response itself is highly cacheable»); unos minutos ahorran consultas al proveedor y aun así muestran cuándo empieza o termina un incidente.',
    },
  },
  ja: {
    clockWarningSeconds: {
      label: `${t.clockWarningSeconds / 60}分以上のずれで注意`,
      reason:
        '約2分までは通常の誤差です。ワンタイムコードは30秒の区切りに加えて1〜2区切り分のずれを許容し、ブラウザでよく使われるログイン用ライブラリは60秒を許容します。それを超えると、コードや有効期間の短いチェックが失敗することがあります。',
    },
    clockProblemSeconds: {
      label: `${t.clockProblemSeconds / 60}分以上のずれで問題あり`,
      reason:
        '5分は、ログイン関連のソフトウェアが一般に許容する最大の時計のずれです（Kerberos、Microsoft のトークン検証）。それを超えると、端末の時計を参照するトークンやセキュリティチェックが、期限切れやまだ有効でないものに見えることがあります。数時間や数日ずれていると、期限付きの Cookie が届いた時点で期限切れになり、安全なサイトでは証明書の日付の確認にも失敗します。',
    },
    browserOutdatedDays: {
      label: `${t.browserOutdatedDays}日を過ぎると古いバージョン`,
      reason:
        'Chrome は4週間ごとに新しいバージョンを公開するため、180日はおよそ6バージョン遅れで、ログインの修正が届かなくなる時期です。正確な区切りは独自の判断です。',
    },
    sleepGapMs: {
      label: `タイマーが${t.sleepGapMs / 1000}秒以上遅れたらスリープ`,
      reason:
        '独自の判断です（外部の出典はありません）。ページのタイマーが1分以上遅れて動いた場合、端末がスリープしたか、タブが停止していたことを意味します。処理が混み合っただけなら、タイマーの遅れはずっと小さくなります。',
    },
    statusReuseMinutes: {
      label: `${m}分たったら再度問い合わせ`,
      reason:
        'incident.io は、ステータスフィードを埋め込む側にキャッシュするよう求めています（「the response itself is highly cacheable」）。数分のキャッシュなら提供元の負担を減らしつつ、障害の始まりや終わりも表示できます。',
    },
  },
};

export interface ShownLimit {
  readonly label: string;
  readonly reason: string;
  readonly sources: readonly string[];
}

/** The limits each card shows, in `locale`. */
export function limitsIn(locale: Locale): Partial<Record<CheckId, readonly ShownLimit[]>> {
  const table = thresholdTable();
  const nameOf = (reason: string) => (Object.keys(table) as ThresholdName[]).find((n) => table[n].reason === reason);
  return Object.fromEntries(
    Object.entries(checkLimits()).map(([id, limits]) => [
      id,
      limits.map(({ label, threshold }) => {
        const name = nameOf(threshold.reason);
        const words = locale === 'en' || !name || !(name in WORDS[locale]) ? undefined : WORDS[locale][name as Shown];
        return { label: words?.label ?? label, reason: words?.reason ?? threshold.reason, sources: threshold.sources };
      }),
    ]),
  );
}

/**
 * Cutting a text written without spaces (Japanese) into words, with the browser's own dictionary
 * (`Intl.Segmenter`), the way search-query's `tokenize` cuts a text at its spaces. Pure; loaded
 * only with the vocabulary of a language that needs it.
 */
import { isNoiseToken, stripPasteNoise } from './paste-noise';

/**
 * Words of a text written without spaces. NFKC, not NFKD with the marks dropped: a kana's voiced
 * mark is part of the letter (ド is not ト), while full-width Latin letters become plain ones.
 */
export function segmentWords(raw: string, locale: string): string[] {
  const text = stripPasteNoise(raw).normalize('NFKC').toLowerCase().replace(/['’`]/g, '');
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return [...segmenter.segment(text)]
    .filter((s) => s.isWordLike)
    .flatMap((s) => s.segment.split(/[^\p{L}\p{N}]+/u))
    .filter((t) => t && !isNoiseToken(t));
}

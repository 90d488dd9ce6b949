import { describe, expect, it } from 'vitest';
import { analyseQuery, highlightTerms, MAX_TERMS, standInForUnknown, tokenize, type Vocabulary } from '../../../src/common/search-query';

const vocab: Vocabulary = {
  stopWords: ['i', 'when', 'the', 'my', 'on'],
  idioms: { 'every time': [], 'out of date': ['outdated'] },
  weakWords: ['logged', 'out'],
  synonyms: { wifi: ['network'], 'mobile data': ['network', 'cellular'], mobile: ['phone'] },
  weakWeight: 0.2,
  synonymWeight: 0.5,
};
const byTerm = (q: string, v = vocab) => Object.fromEntries(analyseQuery(q, v).map((t) => [t.term, t.weight]));

describe('tokenize', () => {
  it('lower-cases, drops accents and punctuation, joins apostrophes', () => {
    expect(tokenize("I'm logged OUT — café Wi-Fi!")).toEqual(['im', 'logged', 'out', 'cafe', 'wi', 'fi']);
  });
  it('keeps digits', () => expect(tokenize('every 24h, 12 hours')).toEqual(['every', '24h', '12', 'hours']));
});

describe('analyseQuery', () => {
  it('drops stop words, weakens words found everywhere, adds synonyms', () => {
    expect(byTerm('logged out when I switch wifi')).toEqual({ switch: 1, wifi: 1, logged: 0.2, out: 0.2, network: 0.5 });
  });
  it('prefers the longest synonym phrase', () => {
    expect(byTerm('on mobile data')).toEqual({ mobile: 1, data: 1, network: 0.5, cellular: 0.5 });
  });
  it('a typed word keeps full weight even when a synonym names it too', () => {
    expect(byTerm('wifi network')).toEqual({ wifi: 1, network: 1 });
    expect(analyseQuery('wifi network', vocab).every((t) => t.typed)).toBe(true);
  });
  it('reads idioms as what they mean, and their words alone as usual', () => {
    expect(byTerm('every time the clock')).toEqual({ clock: 1 });
    expect(byTerm('time zone')).toEqual({ time: 1, zone: 1 });
    expect(byTerm('browser out of date')).toEqual({ browser: 1, outdated: 1 });
  });
  it('searches the filler words when nothing else was typed', () => {
    expect(byTerm('when the')).toEqual({ when: 1, the: 1 });
  });
  it('is empty for an empty or punctuation-only query', () => {
    expect(analyseQuery('  ?! ', vocab)).toEqual([]);
  });
  it('strong typed words come first, and a query never explodes into many lookups', () => {
    const terms = analyseQuery('alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma', vocab);
    expect(terms.length).toBeLessThanOrEqual(MAX_TERMS);
    expect(terms[0]!.term).toBe('alpha');
  });
  it('a long paste drops its weakest words before the meaning the synonyms add', () => {
    const v = { ...vocab, weakWords: ['w1', 'w2'], synonyms: { a1: ['meaning'] } };
    const terms = analyseQuery(`w1 w2 a1 ${Array.from({ length: MAX_TERMS - 2 }, (_, i) => `filler${i}`).join(' ')}`, v).map((t) => t.term);
    expect(terms).toContain('meaning');
    expect(terms).not.toContain('w1');
  });
});

describe('highlightTerms', () => {
  it('leaves out the weak words', () => {
    expect(highlightTerms(analyseQuery('logged out on wifi', vocab), vocab)).toEqual(['wifi', 'network']);
  });
});

describe('standInForUnknown', () => {
  it('lets the meaning of a word no page contains count as much as a typed word', () => {
    const v = { ...vocab, synonyms: { nordvpn: ['vpn'], wifi: ['network'] } };
    const terms = analyseQuery('nordvpn wifi', v);
    const weights = Object.fromEntries(standInForUnknown(terms, new Set(['nordvpn'])).map((t) => [t.term, t.weight]));
    expect(weights).toEqual({ nordvpn: 1, wifi: 1, vpn: 1, network: v.synonymWeight });
  });
});

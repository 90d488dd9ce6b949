/**
 * The paste box's matcher against the whole catalog: every message, pasted with the noise real
 * pastes carry (JSON wrappers, Ray IDs, timestamps, quotes, capitals, a sentence around it, a
 * typo, half of it), must find its own answer; and the verbatim messages of the real-phrasings set
 * must find an answer that fits or nothing (then the wizard searches their words), never a wrong one.
 * Prints both tables.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { catalogEntry, createMatcher, messageTokens, sameWord, type CatalogEntry } from '../../../src/common/message-match';
import { stripPasteNoise } from '../../../src/common/paste-noise';
import { REAL_PHRASINGS } from '../../fixtures/real-phrasings';

const FILE = fileURLToPath(new URL('../../../content/messages.yaml', import.meta.url));
const raw = parseYaml(readFileSync(FILE, 'utf8')) as {
  id: string;
  message: string;
  variants?: string[];
  answer: string;
  wizard?: string;
}[];
const catalog: CatalogEntry[] = raw.map((m) => catalogEntry(m.id, m));
const matcher = createMatcher(catalog);

/** Ways real pastes differ from the clean wording. Each takes the wording, returns the paste. */
const NOISE: Record<string, (w: string) => string> = {
  exact: (w) => w,
  'upper case': (w) => w.toUpperCase(),
  'JSON wrapper': (w) => JSON.stringify({ detail: w }),
  'API error object': (w) => JSON.stringify({ error: { message: w, type: 'invalid_request_error', param: null, code: null } }),
  'Ray ID and time': (w) => `${w}\nRay ID: 8f3a2b1c4d5e6f70 • 2026-11-30 10:49:38 UTC\nPerformance & security by Cloudflare`,
  'curly quotes and a code': (w) => `Error 401: “${w}” (request id 6a1f0c2e-5b7d-4e9a-9c3f-2d8e1b0a7f64)`,
  'inside a sentence': (w) => `hi, since this morning i keep getting "${w}" on my laptop, what do i do`,
  'one typo': (w) => {
    const longest = w.split(/\s+/).reduce((a, b) => (b.replace(/\W/g, '').length > a.replace(/\W/g, '').length ? b : a), '');
    const clean = longest.replace(/\W/g, '');
    if (clean.length < 6) return w;
    const i = Math.floor(clean.length / 2);
    return w.replace(clean, clean.slice(0, i) + clean[i + 1] + clean[i] + clean.slice(i + 2));
  },
  'first three quarters': (w) => {
    const words = w.split(/\s+/);
    return words.length < 6 ? w : words.slice(0, Math.ceil(words.length * 0.75)).join(' ');
  },
};

const table: string[] = [];
afterAll(() => console.log(`\nPaste matcher\n${table.join('\n')}`));

describe('every catalog wording, with real-world noise', () => {
  const wordings = catalog.flatMap((entry) => entry.wordings.map((wording) => ({ entry, wording })));

  it.each(Object.keys(NOISE))('%s', (kind) => {
    const misses: string[] = [];
    for (const { entry, wording } of wordings) {
      const paste = NOISE[kind]!(wording);
      const found = matcher.match(paste);
      // Two entries may share an answer (a message and a longer form of it): the answer is what counts.
      if (found?.entry.answer !== entry.answer)
        misses.push(`${entry.id}: ${JSON.stringify(paste)} → ${found ? found.entry.id : 'nothing'}`);
    }
    const right = wordings.length - misses.length;
    table.push(`| ${kind} | ${right}/${wordings.length} |`);
    // Every form a person pastes whole must work; a cut or misspelt one may fall back to search.
    const floor = kind === 'one typo' || kind === 'first three quarters' ? 0.9 : 1;
    expect(right / wordings.length, misses.join('\n')).toBeGreaterThanOrEqual(floor);
  });
});

/**
 * Where the paste box takes a paste: a generic sign-in message continues the wizard (its questions
 * find the cause), another message opens its answer, anything else searches the words.
 */
function landing(text: string): { kind: 'wizard' | 'answer' | 'search'; answer?: string; id?: string } {
  const found = matcher.match(text);
  if (!found) return { kind: 'search' };
  if (found.entry.wizard) return { kind: 'wizard', id: found.entry.id };
  return { kind: 'answer', answer: found.entry.answer, id: found.entry.id };
}
const fitsAnswer = (accept: readonly string[], answer: string) => accept.some((a) => a.split('#')[0] === answer);

describe('verbatim messages from public reports', () => {
  const messages = REAL_PHRASINGS.filter((p) => p.kind === 'message');

  it('opens a fitting answer, continues the wizard, or searches, and never opens a wrong answer', () => {
    const counts = { answer: 0, wizard: 0, search: 0 };
    const wrong: string[] = [];
    for (const p of messages) {
      const where = landing(p.query);
      counts[where.kind]++;
      if (where.kind === 'answer' && !fitsAnswer(p.accept, where.answer!))
        wrong.push(`${JSON.stringify(p.query)} → ${where.id} (${where.answer}), expected ${p.accept.join(' or ')}`);
    }
    table.push(
      `| real messages: opened a fitting answer | ${counts.answer - wrong.length}/${messages.length} |`,
      `| real messages: continued the wizard | ${counts.wizard}/${messages.length} |`,
      `| real messages: searched their words | ${counts.search}/${messages.length} |`,
      `| real messages: opened a wrong answer | ${wrong.length}/${messages.length} |`,
    );
    expect(wrong).toEqual([]);
    // Most real messages are recognised; the rest are searched (test/site/wizard-paste.browser.test.ts).
    expect((counts.answer + counts.wizard) / messages.length).toBeGreaterThanOrEqual(0.75);
  });

  it('never opens a wrong answer for a description in people’s own words', () => {
    const wrong = REAL_PHRASINGS.filter((p) => p.kind === 'description')
      .map((p) => ({ p, where: landing(p.query) }))
      .filter(({ p, where }) => where.kind === 'answer' && !fitsAnswer(p.accept, where.answer!))
      .map(({ p, where }) => `${p.query} → ${where.id}`);
    expect(wrong).toEqual([]);
  });
});

describe('noise and odd input', () => {
  it.each([
    ['nothing', ''],
    ['spaces', '   '],
    ['an empty object', '{}'],
    ['an empty list', '[]'],
    ['null', 'null'],
    ['a Ray ID alone', '8f3a2b1c4d5e6f70'],
    ['emoji', '🙂🙂🙂'],
    ['5,000 letters', 'a'.repeat(5000)],
    ['a script tag', '<script>alert(1)</script>'],
  ])('finds nothing in %s', (_name, text) => {
    expect(matcher.match(text)).toBeUndefined();
  });

  it('drops identifiers but keeps short error codes', () => {
    expect(messageTokens('Error 1020 Ray ID: 8f3a2b1c4d5e6f70 at 2026-11-30T10:49:38Z (HTTP 429)')).toEqual([
      'error',
      '1020',
      'at',
      'http',
      '429',
    ]);
    expect(stripPasteNoise('see https://chatgpt.com/c/abc-123 now')).toBe('see   now');
  });
});

describe('one typo per word', () => {
  it.each([
    ['session', 'sesison', true],
    ['session', 'sessions', true],
    ['session', 'sesion', true],
    ['session', 'sessoin', true],
    ['expired', 'exbired', true],
    ['token', 'tokne', true],
    ['token', 'taken', true],
    ['login', 'logout', false],
    ['cookies', 'coins', false],
    ['error', 'eror', false],
    ['error', 'error', true],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(sameWord(a, b)).toBe(same);
    expect(sameWord(b, a)).toBe(same);
  });
});

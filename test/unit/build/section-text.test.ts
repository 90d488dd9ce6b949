import { describe, expect, it } from 'vitest';
import { firstSentence, plainText, sectionTexts } from '../../../src/build/section-text';

describe('sectionTexts', () => {
  it('finds each ## and ### section and its first prose line', () => {
    const body = [
      'Intro.',
      '## Is this you? {#is-this-you}',
      '',
      '- The **first** sign, see [cookies](/causes/cleared-cookies/).',
      '- Second.',
      '### A sub part',
      '<BrowserSteps>',
      '1. Open `Settings`.',
      '```',
      '## not a heading',
      '```',
    ].join('\n');
    expect(sectionTexts(body)).toEqual([
      { heading: 'Is this you?', depth: 2, firstText: 'The first sign, see cookies.' },
      { heading: 'A sub part', depth: 3, firstText: 'Open Settings.' },
    ]);
  });
});

describe('plainText and firstSentence', () => {
  it('strips inline Markdown', () => expect(plainText('A *b* and __c__ [d](/e) <kbd>F</kbd>')).toBe('A b and c d F'));
  it('ends at the first sentence, turning a colon into a full stop', () => {
    expect(firstSentence('This cause fits if most are true: a, b. More.')).toBe('This cause fits if most are true.');
    expect(firstSentence('Version 1.5 of the app is out now. Yes.')).toBe('Version 1.5 of the app is out now.');
  });
  it('reads past a short lead-in', () => {
    expect(firstSentence('Cleaner apps. Tools such as CCleaner clear cookies. More.')).toBe(
      'Cleaner apps. Tools such as CCleaner clear cookies.',
    );
  });
  it('cuts long text at a word', () => {
    const s = firstSentence('word '.repeat(60), 30);
    expect(s.length).toBeLessThanOrEqual(30);
    expect(s.endsWith('word…')).toBe(true);
  });
});

/** Published section ids never disappear (see scripts/anchors.ts and content/anchors.json). */
import { describe, expect, it } from 'vitest';
import { collectAnchors, lostAnchors, readRecord, unrecordedAnchors } from '../../scripts/anchors';
import { DIST } from '../helpers/dist';

describe('published anchors', () => {
  const built = collectAnchors(DIST);
  const record = readRecord();

  it('every id ever published still exists in the build', () => {
    expect(lostAnchors(record, built)).toEqual([]);
  });

  it('every linkable heading is recorded (run `npm run anchors` after adding headings)', () => {
    expect(unrecordedAnchors(record, built)).toEqual([]);
  });

  it('notices a lost id', () => {
    const tampered = { ...record, '/causes/clock-skew/': [...(record['/causes/clock-skew/'] ?? []), 'old-heading'] };
    expect(lostAnchors(tampered, built)).toEqual(['/causes/clock-skew/#old-heading']);
  });

  it('covers every cause article and the FAQ', () => {
    expect(Object.keys(built)).toEqual(expect.arrayContaining(['/faq/', '/causes/clock-skew/', '/causes/app-bugs/']));
  });
});

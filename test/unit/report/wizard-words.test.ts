import { describe, expect, it } from 'vitest';
import { wizardWords } from '../../../src/report/wizard-words';
import { QUESTION_IDS, RESULT_IDS, questionMeta } from '../../../src/wizard/steps';
import { outcomeTitle } from '../../../src/wizard/outcome-title';

describe('the wizard’s words for report ids', () => {
  it('are the questions, answer labels and result titles the wizard shows', () => {
    const words = wizardWords();
    expect(words.questions).toEqual(Object.fromEntries(QUESTION_IDS.map((id) => [id, questionMeta(id)!.question])));
    expect(words.answers).toEqual(
      Object.fromEntries(QUESTION_IDS.flatMap((id) => questionMeta(id)!.answers.map((a) => [`${id}:${a.id}`, a.label]))),
    );
    expect(words.results).toEqual(Object.fromEntries(RESULT_IDS.map((id) => [id, outcomeTitle(id)])));
  });
});

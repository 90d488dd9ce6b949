/** The damaged-link notice: only a damaged link needs its words, so they load when one is opened. */
import type { RestoreProblem } from '../wizard/session';
import type { PageWords } from '../i18n/wizard/en';

/** Show (or, with null, clear) the notice in the page's alert region, which announces it; `words`: a translated page's. */
export function noticeShower(notice: HTMLElement, words?: PageWords): (problem: RestoreProblem | null) => void {
  let ticket = 0;
  return (problem) => {
    const mine = ++ticket;
    notice.textContent = '';
    if (!problem) return;
    const say = (copy: PageWords['notices']) => {
      if (mine === ticket) notice.textContent = `${copy.problems[problem]} ${copy.restart}`; // else the visitor has moved on
    };
    if (words) say(words.notices);
    else void import('../wizard/notices').then(({ NOTICE_COPY }) => say(NOTICE_COPY));
  };
}

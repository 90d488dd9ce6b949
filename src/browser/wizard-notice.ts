/** The damaged-link notice: only a damaged link needs its words, so they load when one is opened. */
import type { RestoreProblem } from '../wizard/session';

/** Show (or, with null, clear) the notice in the page's alert region, which announces it. */
export function noticeShower(notice: HTMLElement): (problem: RestoreProblem | null) => void {
  let ticket = 0;
  return (problem) => {
    const mine = ++ticket;
    notice.textContent = '';
    if (!problem) return;
    void import('../wizard/notices').then(({ NOTICE_COPY }) => {
      if (mine !== ticket) return; // the visitor has moved on
      notice.textContent = `${NOTICE_COPY.problems[problem]} ${NOTICE_COPY.restart}`;
    });
  };
}

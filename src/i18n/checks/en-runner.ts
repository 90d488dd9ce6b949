/**
 * What the runner says about a check it stopped or that crashed, in English. Bundled with the
 * runner itself (a result can then always be said, and `timedOut` works without a page); each
 * language's live words carry their own (`LiveWords['runner']`). `{slot}`s are filled by `fill`.
 */
export const enRunner = {
  timedOutSummary: 'This check took too long and was stopped.',
  /** `{seconds}`: the time limit. */
  timedOutDetail: 'It did not finish within {seconds} seconds, so it tells us nothing this time. Press “Check again” to retry.',
  crashedSummary: 'This check could not run in this browser.',
  /** `{error}`: the error as the browser words it. */
  crashedDetail: 'It stopped with an error ({error}), so it tells us nothing about your problem. The other checks are not affected.',
  wrongShape: 'it returned a result in the wrong shape',
};

export type RunnerWords = typeof enRunner;

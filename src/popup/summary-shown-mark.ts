/** The performance mark the popup sets once its summary is on screen; `npm run bench:popup` reads it. */
export const SUMMARY_SHOWN_MARK = 'not-so-social:summary-shown';

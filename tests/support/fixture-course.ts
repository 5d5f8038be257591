/** Pages of the fixture course (tests/fixture-course/) that several behaviour tests use. */
export const ORIENTATION = 'orientation/start-here/';
/** A lesson with one reflection and one scenario. */
export const LESSON = 'foundations/first-lesson/';
export const CAPSTONE = 'wrap-up/capstone/';
/** The baseline self-assessment on the orientation page. */
export const BASELINE = '#exercise-start-here-competency-baseline';
/** A word that appears in one lesson's body and nowhere else in the fixture course, for the search tests. */
export const WORD_IN_ONE_LESSON = { word: 'marmalade', path: 'practice/fourth-lesson/' };

/**
 * Every internal link goes through here so the site works under any base path (`BASE_PATH=/course/`).
 * `base` always ends with a slash; `path` never starts with one.
 */
export function joinBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + path.replace(/^\/+/, '');
}

export const href = (path = '') => joinBase(import.meta.env.BASE_URL, path);
export const moduleHref = (moduleId: string) => href(`${moduleId}/`);
export const lessonHref = (lesson: { module: string; id: string }) => href(`${lesson.module}/${lesson.id}/`);
/** The printable page with every level description of a self-assessment instrument. */
export const instrumentHref = (instrument: string) => href(`assessments/${instrument}/`);
/** The guide for mentors: what a share link shows and how to run the conversations. */
export const mentoringHref = () => href('mentoring/');
/** The facilitator's guide, a session's run sheet, its case cards and its presenter screen, and the cohort dashboard. */
export const facilitatorHref = (path = '') => href(`facilitator/${path}`);
export const sessionHref = (session: string) => facilitatorHref(`${session}/`);
export const caseCardsHref = (session: string) => facilitatorHref(`${session}/cases/`);
export const presenterHref = (session: string) => facilitatorHref(`${session}/present/`);
export const cohortHref = () => facilitatorHref('cohort/');
/** The toolkit of templates and worksheets, one template's page, and a file it offers for download. */
export const toolkitHref = (template = '') => href(template ? `toolkit/${template}/` : 'toolkit/');
export const toolkitFileHref = (template: string, file: string) => href(`toolkit/${template}/${file}`);

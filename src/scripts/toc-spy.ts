/**
 * Marks the table-of-contents link of the section being read with aria-current, so sighted and screen reader
 * users both know where they are. The section in view is the last heading that has scrolled past the top band.
 */
export function startSectionTracking() {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')];
  const headings = [...new Set(links.map((a) => decodeURIComponent(a.hash.slice(1))))]
    .map((id) => document.getElementById(id))
    .filter((h): h is HTMLElement => h !== null);
  if (!headings.length) return;

  const mark = () => {
    const band = innerHeight * 0.25;
    let current = headings[0]!;
    for (const heading of headings) if (heading.getBoundingClientRect().top <= band) current = heading;
    for (const link of links) {
      if (link.hash === `#${current.id}`) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  let queued = false;
  addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        mark();
      });
    },
    { passive: true },
  );
  mark();
}

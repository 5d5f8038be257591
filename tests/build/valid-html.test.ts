import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/sites.ts';

/** The W3C Nu HTML checker, run once over the whole built site: Java is slow to start, so never once a page. */
const VNU_JAR = join(PROJECT_ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

const work = mkdtempSync(join(tmpdir(), 'fbe-valid-html-'));
const site = join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function requireJava() {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0)
    throw new Error(
      "No `java` to run the HTML checker: install Debian's default-jre-headless (apt-get install default-jre-headless)",
    );
}

function buildSite() {
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, OUT_DIR: site, CACHE_DIR: join(work, 'cache'), NO_COLOR: '1' },
  });
  if (build.status !== 0) throw new Error(`The site did not build:\n${build.stdout}\n${build.stderr}`);
  return `${build.stdout}\n${build.stderr}`;
}

/** Every message the checker reports at error level, and the files it says it checked. */
function checkHtml() {
  // --verbose prints each checked file on stdout; the JSON report goes to stderr.
  const vnu = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--skip-non-html', '--format', 'json', '--verbose', site], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  let report: { messages: VnuMessage[] };
  try {
    report = JSON.parse(vnu.stderr) as { messages: VnuMessage[] };
  } catch {
    throw new Error(`The HTML checker did not report:\n${vnu.stdout}\n${vnu.stderr}`);
  }
  const checked = vnu.stdout.split('\n').filter((line) => line.endsWith('.html'));
  return { checked: checked.map((file) => relative(site, file)).sort(), messages: report.messages };
}

/** "orientation/start-here/index.html:45:365: <message> (extract)": built pages are minified, so the column matters. */
const describeMessage = ({ url, lastLine, firstColumn, message, extract }: VnuMessage) =>
  `${url ? relative(site, new URL(url).pathname) : '(no file)'}:${lastLine ?? '?'}:${firstColumn ?? '?'}: ${message}` +
  (extract ? ` (${extract.trim()})` : '');

describe('every page of the built site is valid HTML', () => {
  let result: ReturnType<typeof checkHtml>;
  let buildOutput: string;
  beforeAll(() => {
    requireJava();
    buildOutput = buildSite();
    result = checkHtml();
  });

  it('builds without a warning, so a newcomer never reads noise as failure', () => {
    expect(buildOutput.split('\n').filter((line) => /\bwarn/i.test(line))).toEqual([]);
  });

  it('checks every page the build wrote', () => {
    const pages = readdirSync(site, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.html'))
      .sort();
    expect(pages.length).toBeGreaterThan(20);
    expect(result.checked).toEqual(pages);
  });

  it('has no HTML errors', () => {
    expect(result.messages.map(describeMessage)).toEqual([]);
  });
});

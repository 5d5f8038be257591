import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

interface ProjectTime {
  tests: number;
  firstStart: number;
  lastEnd: number;
}

/**
 * Prints, after the run, how many tests each project ran and its wall time (first test started to last test
 * finished; projects run side by side, so their times overlap). Used alongside the list reporter.
 */
export default class ProjectTimesReporter implements Reporter {
  private projects = new Map<string, ProjectTime>();

  onTestEnd(test: TestCase, result: TestResult) {
    const name = test.parent.project()?.name || 'default';
    const start = result.startTime.getTime();
    const end = start + result.duration;
    const time = this.projects.get(name);
    if (!time) this.projects.set(name, { tests: 1, firstStart: start, lastEnd: end });
    else {
      time.tests++;
      time.firstStart = Math.min(time.firstStart, start);
      time.lastEnd = Math.max(time.lastEnd, end);
    }
  }

  onEnd(result: FullResult) {
    for (const [name, { tests, firstStart, lastEnd }] of this.projects) {
      console.log(`${name}: ${tests} tests in ${Math.round((lastEnd - firstStart) / 1000)} s`);
    }
    console.log(`all projects, with builds and servers: ${Math.round(result.duration / 1000)} s`);
  }

  printsToStdio() {
    return true;
  }
}

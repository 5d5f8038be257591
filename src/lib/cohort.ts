import type { SharePayload, ShareProblem, ShareResult } from '../progress/shares.ts';

/**
 * A cohort's share links, read together: who took part (one learner counted once), how the cohort rates itself on
 * each competency, how those who shared a baseline and a later attempt changed, what they chose in each scenario,
 * and which modules they completed. Pure: the links are decoded elsewhere, through the share door.
 */

/** What the dashboard needs to know about the course: the part of the mentor view's outline it uses. */
export interface CohortOutline {
  modules: { id: string; title: string; lessons: { id: string }[] }[];
  instruments: { id: string; title: string; dimensions: { id: string; name: string }[] }[];
  /** By exercise id, in the course's order. */
  scenarios: Record<string, { title: string; options: Record<string, string>; recommended: string[] }>;
}

/** One line of the pasted text that holds something, with its 1-based line number. */
export interface CohortLine {
  line: number;
  text: string;
}

/** Every non-blank line of pasted or dropped text, trimmed, with its line number as the facilitator sees it. */
export function cohortLines(text: string): CohortLine[] {
  return text.split(/\r\n|\r|\n/).flatMap((raw, i) => {
    const trimmed = raw.trim();
    return trimmed ? [{ line: i + 1, text: trimmed }] : [];
  });
}

/** One link as read: the line it was on, and the share or the reason it could not be opened. */
export interface ReadLink {
  line: number;
  result: ShareResult;
}

export interface Participant {
  /** "Participant 1", ...: numbered in the order their first link appears. */
  label: string;
  /** The name they typed when sharing, if any: shown only when the facilitator chooses to. */
  name: string | undefined;
  /** The line of the link used (their newest share). */
  line: number;
  sharedAt: string;
  payload: SharePayload;
}

export interface LevelDistribution {
  dimension: string;
  name: string;
  /** How many participants' latest attempt rates this dimension at levels 1 to 5 (index 0 is level 1). */
  counts: number[];
  /** How many participants rated it at all. */
  rated: number;
}

interface PairedChange {
  dimension: string;
  name: string;
  /** Participants whose baseline and later attempt both rate this dimension. */
  n: number;
  /** Mean of later minus baseline; undefined when n is 0. */
  meanChange: number | undefined;
  up: number;
  same: number;
  down: number;
}

export interface InstrumentSummary {
  instrument: string;
  title: string;
  /** Participants with at least one attempt of this instrument. */
  participants: number;
  latest: LevelDistribution[];
  /** Participants who shared a baseline (their first attempt) and a later one. */
  paired: number;
  changes: PairedChange[];
}

interface ScenarioSummary {
  scenario: string;
  title: string;
  /** Participants who shared an answer to it. */
  answered: number;
  options: { option: string; label: string; recommended: boolean; count: number }[];
}

interface ModuleCompletion {
  module: string;
  title: string;
  lessons: number;
  /** Participants who completed every lesson of the module. */
  completedAll: number;
  /** Participants who completed some, but not all, of its lessons. */
  completedSome: number;
}

export interface Cohort {
  /** Lines that held something. */
  links: number;
  participants: Participant[];
  /** Links that could not be opened, by line, with why. */
  problems: { line: number; problem: ShareProblem }[];
  /** Older links from a learner who also shared a newer one: set aside, with the line of the link used instead. */
  replaced: { line: number; by: number }[];
  instruments: InstrumentSummary[];
  scenarios: ScenarioSummary[];
  modules: ModuleCompletion[];
}

/**
 * One participant per learner id: the share with the newer `sharedAt` wins (on a tie, the one further down, pasted
 * later). Participants are numbered in the order their first link appears, so hiding or showing names, or pasting
 * a learner's newer link below, never renumbers anyone.
 */
function participantsOf(links: ReadLink[]) {
  const newest = new Map<string, { line: number; payload: SharePayload; first: number }>();
  const replaced: Cohort['replaced'] = [];
  for (const { line, result } of links) {
    if (!result.ok) continue;
    const { payload } = result;
    const seen = newest.get(payload.learner);
    if (!seen) newest.set(payload.learner, { line, payload, first: line });
    else if (Date.parse(payload.sharedAt) >= Date.parse(seen.payload.sharedAt)) {
      replaced.push({ line: seen.line, by: line });
      newest.set(payload.learner, { line, payload, first: seen.first });
    } else replaced.push({ line, by: seen.line });
  }
  const participants = [...newest.values()]
    .sort((a, b) => a.first - b.first)
    .map(({ line, payload }, i): Participant => ({
      label: `Participant ${i + 1}`,
      name: payload.name?.trim() || undefined,
      line,
      sharedAt: payload.sharedAt,
      payload,
    }));
  return { participants, replaced: replaced.sort((a, b) => a.line - b.line) };
}

function instrumentSummary(instrument: CohortOutline['instruments'][number], participants: Participant[]): InstrumentSummary {
  const histories = participants.flatMap((p) => {
    const attempts = p.payload.assessments?.[instrument.id]?.attempts ?? [];
    return attempts.length ? [attempts] : [];
  });
  const paired = histories.filter((attempts) => attempts.length >= 2);
  const latest = instrument.dimensions.map(({ id, name }): LevelDistribution => {
    const counts = [0, 0, 0, 0, 0];
    for (const attempts of histories) {
      const level = attempts.at(-1)!.ratings[id];
      if (level !== undefined) counts[level - 1]! += 1;
    }
    return { dimension: id, name, counts, rated: counts.reduce((a, b) => a + b, 0) };
  });
  const changes = instrument.dimensions.map(({ id, name }): PairedChange => {
    const deltas = paired.flatMap((attempts) => {
      const before = attempts[0]!.ratings[id];
      const after = attempts.at(-1)!.ratings[id];
      return before === undefined || after === undefined ? [] : [after - before];
    });
    const n = deltas.length;
    return {
      dimension: id,
      name,
      n,
      meanChange: n ? deltas.reduce((a, b) => a + b, 0) / n : undefined,
      up: deltas.filter((d) => d > 0).length,
      same: deltas.filter((d) => d === 0).length,
      down: deltas.filter((d) => d < 0).length,
    };
  });
  return {
    instrument: instrument.id,
    title: instrument.title,
    participants: histories.length,
    latest,
    paired: paired.length,
    changes,
  };
}

function scenarioSummary(id: string, scenario: CohortOutline['scenarios'][string], participants: Participant[]): ScenarioSummary {
  const chosen = participants.flatMap((p) => {
    const option = p.payload.scenarios?.[id]?.option;
    return option !== undefined && Object.hasOwn(scenario.options, option) ? [option] : [];
  });
  return {
    scenario: id,
    title: scenario.title,
    answered: chosen.length,
    options: Object.entries(scenario.options).map(([option, label]) => ({
      option,
      label,
      recommended: scenario.recommended.includes(option),
      count: chosen.filter((c) => c === option).length,
    })),
  };
}

function moduleCompletion(module: CohortOutline['modules'][number], participants: Participant[]): ModuleCompletion {
  let completedAll = 0;
  let completedSome = 0;
  for (const p of participants) {
    const completed = new Set(p.payload.completed ?? []);
    const done = module.lessons.filter((l) => completed.has(l.id)).length;
    if (done > 0 && done === module.lessons.length) completedAll++;
    else if (done > 0) completedSome++;
  }
  return { module: module.id, title: module.title, lessons: module.lessons.length, completedAll, completedSome };
}

/** The cohort from its links as read, in the course's order; invalid links are listed and do not stop the rest. */
export function summariseCohort(links: ReadLink[], outline: CohortOutline): Cohort {
  const { participants, replaced } = participantsOf(links);
  return {
    links: links.length,
    participants,
    problems: links.flatMap(({ line, result }) => (result.ok ? [] : [{ line, problem: result.problem }])),
    replaced,
    instruments: outline.instruments.map((i) => instrumentSummary(i, participants)),
    scenarios: Object.entries(outline.scenarios).map(([id, s]) => scenarioSummary(id, s, participants)),
    modules: outline.modules.map((m) => moduleCompletion(m, participants)),
  };
}

/** "+0.5", "−1", "0": a mean change as the dashboard and its export show it, to two decimals at most. */
export function formatMeanChange(mean: number | undefined): string {
  if (mean === undefined) return '—';
  const rounded = Math.round(mean * 100) / 100;
  if (rounded === 0) return '0';
  return rounded > 0 ? `+${rounded}` : `−${Math.abs(rounded)}`;
}

/** The name a participant is shown by: their own only when names are shown and they gave one. */
export const participantName = (p: Participant, showNames: boolean) => (showNames && p.name ? p.name : p.label);

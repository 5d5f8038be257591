/** The reasoning behind a scenario's options, by option id: served as JSON, fetched once the learner has chosen. */
export interface ScenarioReasoning {
  options: Record<string, { rationale: string; recommended: boolean; bestIf?: string }>;
  /** When two options are defensible: what in the situation tips the choice between them. */
  tipsTheChoice?: string;
}

/** What tells a learner how their choice compares with what the course recommends, in a sentence or two. */
export function scenarioVerdict(chosen: string, options: readonly { id: string; label: string }[], reasoning: ScenarioReasoning) {
  const recommended = options.filter((o) => reasoning.options[o.id]?.recommended);
  const mine = recommended.find((o) => o.id === chosen);
  if (recommended.length > 1) {
    // Content writes each bestIf as a sentence starting "Best if ...".
    if (mine)
      return `This is one of two moves the course recommends, depending on the situation. ${reasoning.options[chosen]?.bestIf ?? ''}`;
    return `The course recommends one of two moves, depending on the situation: ${recommended.map((o) => o.label).join(', or ')}.`;
  }
  if (mine) return 'This is the option the course recommends.';
  return `The course recommends: ${recommended[0]?.label ?? ''}`;
}

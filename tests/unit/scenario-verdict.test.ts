import { describe, expect, it } from 'vitest';
import { scenarioVerdict, type ScenarioReasoning } from '../../src/lib/scenario-reasoning.ts';

const options = [
  { id: 'hold', label: 'Hold the launch' },
  { id: 'flag', label: 'Ship behind a flag' },
  { id: 'ship', label: 'Ship as planned' },
];
const one: ScenarioReasoning = {
  options: {
    hold: { rationale: 'R', recommended: true },
    flag: { rationale: 'R', recommended: false },
    ship: { rationale: 'R', recommended: false },
  },
};
const two: ScenarioReasoning = {
  options: {
    hold: { rationale: 'R', recommended: true, bestIf: 'Best if the customer cannot wait.' },
    flag: { rationale: 'R', recommended: true, bestIf: 'Best if the flag is tested.' },
    ship: { rationale: 'R', recommended: false },
  },
  tipsTheChoice: 'Whether the flag has been tested.',
};

describe('the verdict on a scenario choice', () => {
  it('says whether the one recommended option was chosen, naming it when not', () => {
    expect(scenarioVerdict('hold', options, one)).toBe('This is the option the course recommends.');
    expect(scenarioVerdict('ship', options, one)).toBe('The course recommends: Hold the launch');
  });

  it('with two defensible options, says when the chosen one is the better move, or names both', () => {
    expect(scenarioVerdict('flag', options, two)).toBe(
      'This is one of two moves the course recommends, depending on the situation. Best if the flag is tested.',
    );
    expect(scenarioVerdict('ship', options, two)).toBe(
      'The course recommends one of two moves, depending on the situation: Hold the launch, or Ship behind a flag.',
    );
  });
});

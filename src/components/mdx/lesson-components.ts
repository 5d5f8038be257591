import H2 from './H2.astro';
import H3 from './H3.astro';
import Table from './Table.astro';
import Reflection from '../exercises/Reflection.astro';
import Scenario from '../exercises/Scenario.astro';
import SelfAssessment from '../exercises/SelfAssessment.astro';
import Commitments from '../exercises/Commitments.astro';

/** What lesson MDX can use without importing: anchored headings, scrolling tables and the exercises. */
export const lessonComponents = { h2: H2, h3: H3, table: Table, Reflection, Scenario, SelfAssessment, Commitments };

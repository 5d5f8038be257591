import { SHARE_PROBLEM_MESSAGES } from '../progress/shares.ts';
import { formatMeanChange, participantName, type Cohort, type InstrumentSummary } from '../lib/cohort.ts';
import { countOf, longDate } from '../lib/format.ts';
import LevelDots from './LevelDots.tsx';
import ScrollTable from './ScrollTable.tsx';

/** The cohort as read: who took part, ratings, change, scenario answers, completion, and the links not read. */
export default function CohortSummary({ cohort, showNames }: { cohort: Cohort; showNames: boolean }) {
  const answered = cohort.scenarios.filter((s) => s.answered > 0);
  const rated = cohort.instruments.filter((i) => i.participants > 0);
  return (
    <div class="cohort-summary">
      <p class="cohort-count">
        <strong data-count="participants">{cohort.participants.length}</strong>{' '}
        {cohort.participants.length === 1 ? 'participant' : 'participants'}, from {countOf(cohort.links, 'link')}
        {cohort.replaced.length > 0 && `; ${countOf(cohort.replaced.length, 'older link')} from the same learner set aside`}
        {cohort.problems.length > 0 && `; ${countOf(cohort.problems.length, 'link')} not read`}.
      </p>

      {cohort.problems.length + cohort.replaced.length > 0 && (
        <section class="cohort-section" aria-labelledby="cohort-links-heading">
          <h3 id="cohort-links-heading">Links set aside</h3>
          <ul class="cohort-problems">
            {cohort.problems.map(({ line, problem }) => (
              <li data-line={line}>
                <strong>Line {line}:</strong> {SHARE_PROBLEM_MESSAGES[problem]}
              </li>
            ))}
            {cohort.replaced.map(({ line, by }) => (
              <li data-line={line}>
                <strong>Line {line}:</strong> an older link from the same learner as line {by}, whose newer link is used.
              </li>
            ))}
          </ul>
        </section>
      )}

      {cohort.participants.length > 0 && (
        <section class="cohort-section" aria-labelledby="cohort-people-heading">
          <h3 id="cohort-people-heading">Participants</h3>
          <ol class="cohort-participants">
            {cohort.participants.map((p) => (
              <li>
                <span class="learner-text">{participantName(p, showNames)}</span>{' '}
                <span class="meta">
                  shared {longDate(p.sharedAt)}, line {p.line}
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}

      {rated.map((instrument) => (
        <Instrument instrument={instrument} />
      ))}

      {answered.length > 0 && (
        <section class="cohort-section" aria-labelledby="cohort-scenarios-heading">
          <h3 id="cohort-scenarios-heading">Scenario answers</h3>
          <p class="meta">How many chose each option, for the debrief. Recommended options are marked.</p>
          {answered.map((s) => (
            <ScrollTable
              class="cohort-scenario"
              caption={
                <>
                  {s.title} <span class="meta">({countOf(s.answered, 'answer')})</span>
                </>
              }
            >
              <thead>
                <tr>
                  <th scope="col">Option</th>
                  <th scope="col">Chose it</th>
                </tr>
              </thead>
              <tbody>
                {s.options.map((o) => (
                  <tr class={o.recommended ? 'recommended' : undefined}>
                    <th scope="row">
                      {o.label}
                      {o.recommended && <strong class="recommended-mark"> (recommended)</strong>}
                    </th>
                    <td>{o.count}</td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          ))}
        </section>
      )}

      {cohort.participants.length > 0 && (
        <section class="cohort-section" aria-labelledby="cohort-completion-heading">
          <h3 id="cohort-completion-heading">Completion by module</h3>
          <ScrollTable class="cohort-completion" caption="How many participants shared that they completed each module’s lessons">
            <thead>
              <tr>
                <th scope="col">Module</th>
                <th scope="col">Lessons</th>
                <th scope="col">Completed all</th>
                <th scope="col">Completed some</th>
              </tr>
            </thead>
            <tbody>
              {cohort.modules.map((m) => (
                <tr>
                  <th scope="row">{m.title}</th>
                  <td>{m.lessons}</td>
                  <td>{m.completedAll}</td>
                  <td>{m.completedSome}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </section>
      )}
    </div>
  );
}

function Instrument({ instrument: i }: { instrument: InstrumentSummary }) {
  const heading = `cohort-${i.instrument}-heading`;
  return (
    <section class="cohort-section cohort-instrument" aria-labelledby={heading} data-instrument={i.instrument}>
      <h3 id={heading}>{i.title}</h3>
      <h4>Latest ratings</h4>
      <p class="meta">
        Each participant’s latest shared attempt ({countOf(i.participants, 'participant')}). The larger the dot, the more
        participants at that level; the table gives the figures.
      </p>
      <LevelDots rows={i.latest} />
      <ScrollTable
        class="cohort-levels"
        caption={`${i.title}: how many participants are at each level (1 to 5), by their latest attempt`}
      >
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            {[1, 2, 3, 4, 5].map((level) => (
              <th scope="col">
                <span class="visually-hidden">Level </span>
                {level}
              </th>
            ))}
            <th scope="col">Rated</th>
          </tr>
        </thead>
        <tbody>
          {i.latest.map((d) => (
            <tr>
              <th scope="row">{d.name}</th>
              {d.counts.map((count) => (
                <td>{count}</td>
              ))}
              <td>{d.rated}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>

      <h4>Baseline to latest</h4>
      {i.paired === 0 ? (
        <p class="meta">No participant shared both a baseline and a later attempt yet.</p>
      ) : (
        <ScrollTable
          class="cohort-change"
          caption={
            <>
              {i.title}: change from each participant’s first shared attempt to their latest, for the{' '}
              {countOf(i.paired, 'participant')} who shared both
            </>
          }
        >
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">n</th>
              <th scope="col">Mean change</th>
              <th scope="col">Went up</th>
              <th scope="col">Stayed</th>
              <th scope="col">Went down</th>
            </tr>
          </thead>
          <tbody>
            {i.changes.map((c) => (
              <tr>
                <th scope="row">{c.name}</th>
                <td>{c.n}</td>
                <td>{formatMeanChange(c.meanChange)}</td>
                <td>{c.up}</td>
                <td>{c.same}</td>
                <td>{c.down}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}

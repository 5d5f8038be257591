import { useState } from 'preact/hooks';
import { decodeShare, SHARE_PROBLEM_MESSAGES, type SharePayload } from '../progress/shares.ts';
import { compareAttempts } from '../lib/assessment-results.ts';
import { conversationStarters } from '../lib/conversation-starters.ts';
import type { SharedOutline } from './shared-types.ts';
import { useJson } from './use-json.ts';
import RadarChart from './RadarChart.tsx';
import ChangeTable from './ChangeTable.tsx';
import ShareLinkForm from './ShareLinkForm.tsx';
import { fragmentOf } from '../lib/share-fragment.ts';

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const date = (iso: string) => DATE.format(new Date(iso));

interface Props {
  payload: SharePayload;
  outline: SharedOutline;
}

/** Everything a share link holds, as a brief for a mentoring conversation: learner text is only ever text here. */
export default function SharedBrief({ payload, outline }: Props) {
  const lessons = outline.modules.flatMap((m) => m.lessons);
  const lesson = (id: string | undefined) => lessons.find((l) => l.id === id);
  const parts = [
    payload.assessments && 'self-assessments',
    payload.completed && 'lessons completed',
    payload.reflections && 'reflections',
    payload.scenarios && 'scenario answers',
    payload.commitments && 'commitments',
  ].filter(Boolean);
  return (
    <article class="shared-brief" aria-labelledby="brief-title">
      <h2 id="brief-title" tabIndex={-1} data-focus-here>
        Shared by <span class="learner-text">{payload.name || 'a learner'}</span>
      </h2>
      <p>
        Shared on {date(payload.sharedAt)}. It holds {parts.length ? parts.join(', ') : 'nothing but this note'}: only what the
        learner chose.
      </p>
      <p class="row print-hide">
        <button type="button" onClick={() => print()}>
          Print this brief
        </button>
      </p>

      {payload.assessments &&
        Object.entries(payload.assessments).map(([id, { attempts }]) => (
          <Assessment key={id} id={id} attempts={attempts} outline={outline} />
        ))}

      {payload.completed && (
        <section aria-labelledby="brief-completed">
          <h3 id="brief-completed">Lessons completed</h3>
          <ul class="brief-modules">
            {outline.modules.map((m) => {
              const done = m.lessons.filter((l) => payload.completed!.includes(l.id));
              return (
                <li key={m.id}>
                  {m.title}: {done.length} of {m.lessons.length}
                  {done.length > 0 && ` (${done.map((l) => l.title).join(', ')})`}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {payload.reflections && (
        <section aria-labelledby="brief-reflections">
          <h3 id="brief-reflections">Reflections</h3>
          {Object.entries(payload.reflections).map(([id, reflection]) => {
            const where = lesson(reflection.lesson ?? outline.exercises[id]?.lesson);
            return (
              <article class="saved-reflection" key={id}>
                <h4>{outline.exercises[id]?.prompt ?? 'A reflection from a lesson no longer in the course'}</h4>
                <p class="meta">
                  {where ? <a href={where.href}>{where.title}</a> : 'Lesson not in this version of the course'}, written{' '}
                  {date(reflection.savedAt)}
                </p>
                <p class="learner-text">{reflection.text}</p>
              </article>
            );
          })}
        </section>
      )}

      {payload.scenarios && (
        <section aria-labelledby="brief-scenarios">
          <h3 id="brief-scenarios">Scenario answers</h3>
          {Object.entries(payload.scenarios).map(([id, answer]) => (
            <ScenarioAnswer key={id} scenario={outline.scenarios[id]} option={answer.option} />
          ))}
        </section>
      )}

      {payload.commitments && (
        <section aria-labelledby="brief-commitments">
          <h3 id="brief-commitments">Commitments</h3>
          {Object.entries(payload.commitments).map(([id, list]) => (
            <ul class="brief-commitments" key={id}>
              {list.items.map((item) => (
                <li key={item.id}>
                  <span aria-hidden="true">{item.done ? '☑' : '☐'}</span> <span class="learner-text">{item.text}</span>{' '}
                  <span class="meta">
                    ({item.target}, {item.done ? 'done' : 'not done yet'})
                  </span>
                </li>
              ))}
            </ul>
          ))}
        </section>
      )}

      <Compare payload={payload} outline={outline} />
    </article>
  );
}

interface InstrumentPrompts {
  dimensions: { id: string; mentorPrompts?: { low: string[]; change: string[] } }[];
}

/** The attempts of one instrument in a share, oldest first. */
type SharedAttempts = NonNullable<SharePayload['assessments']>[string]['attempts'];

function Assessment({ id, attempts, outline }: { id: string; attempts: SharedAttempts; outline: SharedOutline }) {
  const instrument = outline.instruments.find((i) => i.id === id);
  const { data: detail } = useJson<InstrumentPrompts>(instrument?.detailUrl ?? '', instrument !== undefined);
  if (!instrument || !attempts.length) return null;
  const latest = attempts.at(-1)!;
  const first = attempts.length > 1 ? attempts[0] : undefined;
  const starters = conversationStarters(latest.ratings, first?.ratings, instrument.dimensions);
  const name = (d: string) => instrument.dimensions.find((x) => x.id === d)?.name ?? d;
  const prompts = (d: string, kind: 'low' | 'change') => detail?.dimensions.find((x) => x.id === d)?.mentorPrompts?.[kind] ?? [];
  return (
    <section aria-labelledby={`brief-${id}`}>
      <h3 id={`brief-${id}`}>{instrument.title}</h3>
      <p>
        {first
          ? `${attempts.length} attempts shared, from ${date(first.completedAt)} to ${date(latest.completedAt)}; the first is drawn dashed.`
          : `One attempt shared, from ${date(latest.completedAt)}.`}
      </p>
      <div class="brief-assessment">
        <RadarChart
          id={`brief-${id}`}
          dimensions={instrument.dimensions}
          current={latest.ratings}
          previous={first?.ratings}
          previousLabel={first && `the first shared attempt (${date(first.completedAt)})`}
        />
        <ChangeTable
          class="change-table"
          caption={first ? 'Each dimension, level 1 to 5, first and latest shared attempt' : 'Each dimension, level 1 to 5'}
          rows={compareAttempts(latest.ratings, first?.ratings, instrument.dimensions)}
          compared={first && { before: 'First', after: 'Latest' }}
          levelHeading="Level"
        />
      </div>
      {latest.evidence && (
        <dl class="attempt-evidence">
          {Object.entries(latest.evidence).map(([d, text]) => (
            <>
              <dt>{name(d)}: the learner's evidence</dt>
              <dd class="learner-text">{text}</dd>
            </>
          ))}
        </dl>
      )}
      <div class="callout conversation-starters">
        <h4>Where to start the conversation</h4>
        {starters.lowest.map((d) => (
          <Prompts key={d} title={`${name(d)}, rated ${latest.ratings[d]} of 5`} prompts={prompts(d, 'low')} />
        ))}
        {starters.largestChange && (
          <Prompts
            title={`${name(starters.largestChange.id)}, which moved most (${starters.largestChange.change > 0 ? '+' : ''}${starters.largestChange.change})`}
            prompts={prompts(starters.largestChange.id, 'change')}
          />
        )}
      </div>
    </section>
  );
}

function Prompts({ title, prompts }: { title: string; prompts: string[] }) {
  return (
    <>
      <p>
        <strong>{title}</strong>
      </p>
      {prompts.length > 0 && (
        <ul>
          {prompts.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function ScenarioAnswer({ scenario, option }: { scenario: SharedOutline['scenarios'][string] | undefined; option: string }) {
  const { data } = useJson<{ options: Record<string, { rationale: string }> }>(
    scenario?.reasoningUrl ?? '',
    scenario !== undefined,
  );
  if (!scenario) return <p>An answer to a scenario no longer in the course.</p>;
  return (
    <article class="brief-scenario">
      <h4>{scenario.title}</h4>
      <p>
        Chose: <strong>{scenario.options[option] ?? 'an option no longer in the scenario'}</strong>
      </p>
      {data?.options[option] && <p class="meta">Why it might be right, and its cost: {data.options[option].rationale}</p>}
    </article>
  );
}

/** An earlier link from the same learner, opened beside this one to see what changed between them. */
function Compare({ payload, outline }: Props) {
  const [earlier, setEarlier] = useState<SharePayload | undefined>();
  const [problem, setProblem] = useState('');
  const compare = async (text: string) => {
    const opened = await decodeShare(fragmentOf(text));
    if (!opened.ok) {
      setEarlier(undefined);
      setProblem(
        opened.problem === 'passphrase-needed'
          ? 'That link has a passphrase: open it on its own to compare by eye.'
          : SHARE_PROBLEM_MESSAGES[opened.problem],
      );
      return;
    }
    setProblem('');
    setEarlier(opened.payload);
  };
  const earlierLatest = (id: string) => earlier?.assessments?.[id]?.attempts.at(-1);
  return (
    <section aria-labelledby="brief-compare" class="print-hide">
      <h3 id="brief-compare">Compare with an earlier link</h3>
      <ShareLinkForm legend="An earlier share link from the same learner" action="Compare" onSubmit={(t) => void compare(t)} />
      <div role="status">
        {problem && <p class="notice danger">{problem}</p>}
        {earlier && (
          <>
            {earlier.learner !== payload.learner && (
              <p class="notice">This earlier link was made in a different browser or by a different learner.</p>
            )}
            <p>Earlier link shared on {date(earlier.sharedAt)}.</p>
            {Object.entries(payload.assessments ?? {}).map(([id, { attempts }]) => {
              const instrument = outline.instruments.find((i) => i.id === id);
              const before = earlierLatest(id);
              const after = attempts.at(-1);
              if (!instrument || !before || !after) return null;
              return (
                <ChangeTable
                  key={id}
                  class="change-table"
                  caption={`${instrument.title}: the earlier link's latest attempt (${date(before.completedAt)}) and this link's (${date(after.completedAt)})`}
                  rows={compareAttempts(after.ratings, before.ratings, instrument.dimensions)}
                  compared={{ before: 'Earlier', after: 'Now' }}
                  levelHeading="Level"
                />
              );
            })}
          </>
        )}
      </div>
    </section>
  );
}

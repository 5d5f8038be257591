import { useRef, useState } from 'preact/hooks';
import {
  loadShareCodec,
  MAX_SHARE_NAME_LENGTH,
  NOTHING_SELECTED,
  progress,
  sharePayload,
  type AttemptChoice,
  type ShareItem,
  type ShareSelection,
  type StoredProgress,
} from '../progress/index.ts';
import { href } from '../lib/urls.ts';
import type { CourseOutline } from './dashboard-types.ts';

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

interface Props {
  stored: StoredProgress;
  outline: CourseOutline;
}

/**
 * "Share with a mentor or facilitator": the learner ticks exactly what goes into a link (nothing is ticked to begin with), may add
 * a name and a passphrase, and gets a link to the mentor view that carries the data itself, after the "#".
 */
export default function SharePanel({ stored: { snapshot }, outline }: Props) {
  const [selection, setSelection] = useState<ShareSelection>(NOTHING_SELECTED);
  const [link, setLink] = useState('');
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const choose = (change: Partial<ShareSelection>) => {
    setSelection((current) => ({ ...current, ...change }));
    setLink('');
  };
  const instruments = outline.instruments.filter((i) => snapshot.attempts[i.id]?.attempts.length);
  const reflections = Object.entries(snapshot.reflection).filter(([, r]) => r.text.trim());
  const lessonTitle = (id: string | undefined) => outline.modules.flatMap((m) => m.lessons).find((l) => l.id === id)?.title;
  const scenarioCount = Object.keys(snapshot.scenario).length;
  const commitmentCount = Object.values(snapshot.commitments).reduce((n, list) => n + list.items.length, 0);

  const itemName = (item: ShareItem) => {
    switch (item.part) {
      case 'name':
        return 'your name';
      case 'completed':
        return 'lessons completed';
      case 'assessments':
        return `one attempt of ${outline.instruments.find((i) => i.id === item.id)?.title ?? 'a self-assessment'}`;
      case 'reflections':
        return `the reflection “${outline.exercises[item.id]?.prompt ?? item.id}”`;
      case 'scenarios':
        return 'a scenario answer';
      case 'commitments':
        return 'a list of commitments';
    }
  };

  const make = async (event: Event) => {
    event.preventDefault();
    const passphrase = (event.currentTarget as HTMLFormElement).elements.namedItem('passphrase') as HTMLInputElement;
    const payload = sharePayload(snapshot, selection, progress.learnerId(), new Date());
    setProblem('');
    setStatus(passphrase.value ? 'Making the link: a passphrase takes a moment…' : 'Making the link…');
    const { encodeShare, shareItemCosts, ShareSizeError } = await loadShareCodec();
    try {
      const fragment = await encodeShare(payload, { passphrase: passphrase.value });
      setLink(`${new URL(href('shared/'), location.href).href}#${fragment}`);
      setStatus('Your share link is ready below.');
    } catch (error) {
      if (!(error instanceof ShareSizeError)) throw error;
      const { items } = await shareItemCosts(payload, { encrypted: passphrase.value !== '' });
      setProblem(
        `This link would be too long to open (${error.size.toLocaleString()} characters; a link holds at most ${error.limit.toLocaleString()}). Leave out the largest items first: ${items
          .slice(0, 3)
          .map((i) => itemName(i.item))
          .join('; ')}.`,
      );
      setStatus('');
    }
  };

  const copy = () => {
    navigator.clipboard.writeText(link).then(
      () => setStatus('Link copied.'),
      () => {
        field.current?.select();
        setStatus('The link is selected: press Ctrl+C (or Command+C) to copy it.');
      },
    );
  };

  return (
    <section aria-labelledby="share-title" class="share-panel">
      <h2 id="share-title">Share with a mentor or facilitator</h2>
      <p>
        Make a link that holds exactly what you choose, for a mentor to read before you talk, or for your cohort's facilitator.
        Nothing is chosen until you tick it. The link carries the data itself: nothing is sent to a server.
      </p>
      <form onSubmit={(e) => void make(e)}>
        {instruments.map((instrument) => {
          const attempts = snapshot.attempts[instrument.id]!.attempts;
          const options: [AttemptChoice, string][] = [
            ['none', 'Leave it out'],
            ['latest', `Your latest attempt (${DATE.format(new Date(attempts.at(-1)!.completedAt))})`],
            ...(attempts.length > 1
              ? ([
                  ['baseline-and-latest', 'Your first attempt, the baseline, and your latest'],
                  ['all', `Every attempt (${attempts.length})`],
                ] as [AttemptChoice, string][])
              : []),
          ];
          return (
            <fieldset key={instrument.id}>
              <legend>{instrument.title}</legend>
              {options.map(([value, label]) => (
                <label class="choice" key={value}>
                  <input
                    type="radio"
                    name={`share-${instrument.id}`}
                    checked={(selection.attempts[instrument.id] ?? 'none') === value}
                    onChange={() => choose({ attempts: { ...selection.attempts, [instrument.id]: value } })}
                  />
                  <span>{label}</span>
                </label>
              ))}
            </fieldset>
          );
        })}
        {reflections.length > 0 && (
          <fieldset>
            <legend>Reflections, each on its own</legend>
            {reflections.map(([id, reflection]) => (
              <label class="choice" key={id}>
                <input
                  type="checkbox"
                  checked={selection.reflections.includes(id)}
                  onChange={(e) =>
                    choose({
                      reflections: e.currentTarget.checked
                        ? [...selection.reflections, id]
                        : selection.reflections.filter((r) => r !== id),
                    })
                  }
                />
                <span>
                  {outline.exercises[id]?.prompt ?? 'A reflection'}{' '}
                  <span class="meta">
                    ({lessonTitle(outline.exercises[id]?.lesson ?? reflection.lesson) ?? 'an earlier lesson'})
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
        )}
        <fieldset>
          <legend>Your progress</legend>
          <label class="choice">
            <input
              type="checkbox"
              checked={selection.completion}
              onChange={(e) => choose({ completion: e.currentTarget.checked })}
            />
            <span>Lessons completed, by module</span>
          </label>
          {scenarioCount > 0 && (
            <label class="choice">
              <input
                type="checkbox"
                checked={selection.scenarios}
                onChange={(e) => choose({ scenarios: e.currentTarget.checked })}
              />
              <span>Your scenario answers ({scenarioCount})</span>
            </label>
          )}
          {commitmentCount > 0 && (
            <label class="choice">
              <input
                type="checkbox"
                checked={selection.commitments}
                onChange={(e) => choose({ commitments: e.currentTarget.checked })}
              />
              <span>Your commitments ({commitmentCount})</span>
            </label>
          )}
        </fieldset>
        <p class="share-field">
          <label htmlFor="share-name">Your name, as they will see it (optional)</label>
          <input
            id="share-name"
            type="text"
            maxLength={MAX_SHARE_NAME_LENGTH}
            value={selection.name}
            onInput={(e) => choose({ name: e.currentTarget.value })}
          />
        </p>
        <p class="share-field">
          <label htmlFor="share-passphrase">Passphrase (optional)</label>
          <input
            id="share-passphrase"
            name="passphrase"
            type="password"
            autocomplete="new-password"
            onInput={() => setLink('')}
          />
          <span class="meta">
            Whoever opens the link will need it: tell them another way, not with the link. In a cohort, use the passphrase your
            facilitator gave.
          </span>
        </p>
        <button type="submit" class="primary">
          Make the share link
        </button>
      </form>
      <p role="status" class="meta">
        {status}
      </p>
      {problem && <p class="notice danger">{problem}</p>}
      {link && (
        <div class="share-result">
          <label htmlFor="share-link">Share link</label>
          <textarea id="share-link" ref={field} readOnly rows={3} value={link} />
          <p class="row">
            <button type="button" onClick={copy}>
              Copy
            </button>
            <span class="meta">{link.length.toLocaleString()} characters</span>
          </p>
          <p class="notice">
            Anyone who has this link can read what it holds, and a link cannot be taken back once sent. Send it only to your
            mentor or facilitator.
          </p>
        </div>
      )}
    </section>
  );
}

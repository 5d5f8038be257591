import { useEffect, useRef, useState } from 'preact/hooks';
import { slugify } from '../lib/slugify.ts';
import { isUnreadable, progress, type Commitment } from '../progress/index.ts';
import { useHydrated, useStored } from './hooks.ts';
import { saveStatus } from './save-status.ts';

interface Props {
  id: string;
  lesson: string;
  /** The targets a learner can pick, for example "Day 30". */
  targets: string[];
}

/** Actions the learner commits to, each with a target: added, edited, ticked off and removed. */
export default function Commitments({ id, lesson, targets }: Props) {
  const hydrated = useHydrated();
  const stored = useStored(progress.recordStore('commitments', id), undefined);
  const items = hydrated && stored && !isUnreadable(stored) ? stored.items : [];
  const [status, setStatus] = useState('');
  const [editing, setEditing] = useState<string | undefined>();
  const newText = useRef<HTMLInputElement>(null);
  const editText = useRef<HTMLInputElement>(null);
  // Editing starts in the text box the learner asked to edit.
  useEffect(() => {
    if (editing) editText.current?.focus();
  }, [editing]);

  const save = (next: Commitment[], message: string) => {
    const saved = progress.saveCommitments(id, lesson, next);
    setStatus(saved ? message : saveStatus(false, progress.$health.get()));
  };
  const now = () => new Date().toISOString();

  const add = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const text = (form.elements.namedItem('text') as HTMLInputElement).value.trim();
    const target = (form.elements.namedItem('target') as HTMLSelectElement).value;
    if (!text) {
      setStatus('Write the action first.');
      newText.current?.focus();
      return;
    }
    save([...items, { id: crypto.randomUUID(), text, target, done: false, updatedAt: now() }], `Added: ${text}, ${target}.`);
    form.reset();
    newText.current?.focus();
  };
  const update = (item: Commitment, change: Partial<Commitment>, message: string) =>
    save(
      items.map((i) => (i.id === item.id ? { ...i, ...change, updatedAt: now() } : i)),
      message,
    );
  const remove = (item: Commitment) => {
    save(
      items.filter((i) => i.id !== item.id),
      `Removed: ${item.text}.`,
    );
    newText.current?.focus();
  };

  return (
    <div class="commitments">
      <p class="visually-hidden" role="status">
        {status}
      </p>
      {targets.map((target) => {
        const group = items.filter((i) => i.target === target);
        // Slugged because a target such as "Day 30" has a space, which an id must not; under the exercise frame's
        // own "exercise-<id>-" prefix, clear of the lesson's heading anchors.
        const headingId = `exercise-${id}-by-${slugify(target)}`;
        return (
          <section aria-labelledby={headingId}>
            <h4 id={headingId}>By {target.toLowerCase()}</h4>
            {group.length === 0 ? (
              <p class="exercise-meta">Nothing yet.</p>
            ) : (
              <ul class="commitment-list">
                {group.map((item) =>
                  editing === item.id ? (
                    <li>
                      <form
                        class="commitment-edit"
                        onSubmit={(event) => {
                          event.preventDefault();
                          const text = (event.currentTarget.elements.namedItem('text') as HTMLInputElement).value.trim();
                          if (text) update(item, { text }, `Saved: ${text}.`);
                          setEditing(undefined);
                        }}
                      >
                        <label>
                          <span class="visually-hidden">Edit the action</span>
                          <input name="text" defaultValue={item.text} maxLength={2000} ref={editText} />
                        </label>
                        <button type="submit">Save</button>
                        <button type="button" onClick={() => setEditing(undefined)}>
                          Cancel
                        </button>
                      </form>
                    </li>
                  ) : (
                    <li class={item.done ? 'done' : ''}>
                      <label class="choice">
                        <input
                          type="checkbox"
                          checked={item.done}
                          onChange={(e) =>
                            update(
                              item,
                              { done: e.currentTarget.checked },
                              `${item.text}: ${e.currentTarget.checked ? 'done' : 'not done yet'}.`,
                            )
                          }
                        />
                        <span>{item.text}</span>
                      </label>
                      <button type="button" class="small" onClick={() => setEditing(item.id)} aria-label={`Edit: ${item.text}`}>
                        Edit
                      </button>
                      <button type="button" class="small" onClick={() => remove(item)} aria-label={`Remove: ${item.text}`}>
                        Remove
                      </button>
                    </li>
                  ),
                )}
              </ul>
            )}
          </section>
        );
      })}
      {/* method="dialog": before the island hydrates, submitting does nothing rather than reload the page. */}
      <form class="commitment-add" method="dialog" onSubmit={add}>
        <label>
          Action
          <input name="text" ref={newText} maxLength={2000} />
        </label>
        <label>
          Target
          <select name="target">
            {targets.map((t) => (
              <option value={t}>{t}</option>
            ))}
          </select>
        </label>
        <button type="submit" class="primary">
          Add
        </button>
      </form>
    </div>
  );
}

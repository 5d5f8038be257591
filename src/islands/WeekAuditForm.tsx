import { useEffect, useState } from 'preact/hooks';
import { isUnreadable, progress, type AuditEntry, type AuditRecord } from '../progress/index.ts';
import {
  describePlacement,
  formatHours,
  HOURS_STEP,
  MAX_HOURS,
  parseHours,
  placeInRange,
  splitWeek,
  type AuditCategory,
  type AuditRole,
} from '../lib/week-audit.ts';
import { formatTime, saveStatus } from './save-status.ts';
import ShareBar from './ShareBar.tsx';

/** The week-split guidance as served: what the audit asks for and what it compares with. */
export interface Guidance {
  summary: string;
  source: string;
  categories: (AuditCategory & { name: string; description: string })[];
  roles: (AuditRole & { why: string })[];
}

const GROUPS = [
  { kind: 'building', legend: 'Building: doing the work yourself' },
  { kind: 'enabling', legend: 'Enabling: helping others do theirs' },
] as const;

interface AuditFormProps {
  id: string;
  audit: string;
  guidance: Guidance;
  record: AuditRecord | undefined;
  /** Whether the learner just asked to start, so focus goes to the first hours box. */
  focusFirst: boolean;
}

/** The audit itself: hours by category, a role, the live result, saving, and the weeks saved so far. */
export function AuditForm({ id, audit, guidance, record, focusFirst }: AuditFormProps) {
  const { categories, roles } = guidance;
  const hours = record?.draft?.hours ?? {};
  const entries = record?.entries ?? [];
  // What the learner typed in this tab, by category: a box shows this rather than the stored number while it differs.
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [invalid, setInvalid] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const focus = (element: string) => document.getElementById(element)?.focus();
  useEffect(() => {
    if (focusFirst) focus(`${id}-${categories[0]!.id}`);
    // Only when the form first appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const split = splitWeek(hours, categories);
  const role = roles.find((r) => r.id === record?.draft?.role);
  const reportFailure = (saved: boolean) => {
    if (!saved) setStatus(saveStatus(false, progress.$health.get()));
  };

  const onHours = (category: string, input: HTMLInputElement) => {
    setTyped((t) => ({ ...t, [category]: input.value }));
    const parsed = input.validity.badInput ? undefined : parseHours(input.value);
    setInvalid((ids) => [...ids.filter((i) => i !== category), ...(parsed === undefined ? [category] : [])]);
    if (parsed !== undefined) reportFailure(progress.noteAuditHours(audit, category, parsed));
  };

  const save = (event: Event) => {
    event.preventDefault();
    // Read the store, not the last render: a fast keyboard user can save before the last figure re-renders.
    const current = progress.recordStore('audit', audit).get();
    const draft = current && !isUnreadable(current) ? current.draft : undefined;
    const week = draft && splitWeek(draft.hours, categories);
    const chosen = roles.find((r) => r.id === draft?.role);
    const wrong = categories.find((c) => invalid.includes(c.id));
    if (wrong) {
      setStatus(`Not saved: the hours for ${wrong.name} must be a number from 0 to ${MAX_HOURS}, in half hours.`);
      return focus(`${id}-${wrong.id}`);
    }
    if (!draft || !week) {
      setStatus('Not saved: enter your hours for last week first.');
      return focus(`${id}-${categories[0]!.id}`);
    }
    if (!chosen) {
      setStatus('Not saved: choose the role closest to the scope you hold first.');
      return focus(`${id}-role`);
    }
    const saved = progress.saveAuditWeek(audit, id, { role: chosen.id, hours: draft.hours });
    const [low, high] = chosen.enablingPercent;
    setStatus(
      saved
        ? `Saved this week: ${formatHours(week.total)}, ${week.buildingPercent}% building and ${week.enablingPercent}% enabling, ${describePlacement(placeInRange(week.enablingPercent, chosen.enablingPercent))} for ${chosen.name} (${low} to ${high}% enabling).`
        : saveStatus(false, progress.$health.get()),
    );
  };

  return (
    <>
      <p>{guidance.summary}</p>
      <details class="audit-guidance">
        <summary>The typical ranges by role, and where they come from</summary>
        <ul>
          {roles.map((r) => (
            <li>
              <strong>
                {r.name}: {r.enablingPercent[0]} to {r.enablingPercent[1]}% enabling.
              </strong>{' '}
              {r.why}
            </li>
          ))}
        </ul>
        <p>{guidance.source}</p>
      </details>
      {/* The island checks the hours itself, so it can say in the live region what to put right. */}
      <form method="dialog" noValidate onSubmit={save}>
        {GROUPS.map((group) => (
          <fieldset class="audit-group">
            <legend>{group.legend}</legend>
            {categories
              .filter((c) => c.kind === group.kind)
              .map((c) => (
                <div class="audit-hours">
                  <label for={`${id}-${c.id}`}>{c.name}</label>
                  <input
                    type="number"
                    id={`${id}-${c.id}`}
                    min="0"
                    max={MAX_HOURS}
                    step={HOURS_STEP}
                    inputMode="decimal"
                    aria-describedby={`${id}-${c.id}-about`}
                    aria-invalid={invalid.includes(c.id) || undefined}
                    value={typed[c.id] ?? (hours[c.id] === undefined ? '' : String(hours[c.id]))}
                    onInput={(e) => onHours(c.id, e.currentTarget)}
                  />
                  <span class="exercise-meta" id={`${id}-${c.id}-about`}>
                    Hours last week. {c.description}
                  </span>
                </div>
              ))}
          </fieldset>
        ))}
        <label class="audit-role">
          <span>The role closest to the scope you hold (not your title)</span>
          <select
            id={`${id}-role`}
            value={role?.id ?? ''}
            onChange={(e) => e.currentTarget.value && reportFailure(progress.chooseAuditRole(audit, e.currentTarget.value))}
          >
            <option value="">Choose a role</option>
            {roles.map((r) => (
              <option value={r.id}>{r.name}</option>
            ))}
          </select>
        </label>
        <div class="audit-result">
          {split ? (
            <>
              <p>
                <strong>{formatHours(split.total)}</strong> counted: <strong>{split.buildingPercent}% building</strong> (
                {formatHours(split.building)}) and <strong>{split.enablingPercent}% enabling</strong> (
                {formatHours(split.enabling)}).
              </p>
              <ShareBar percent={split.enablingPercent} range={role?.enablingPercent} />
              {role ? (
                <p>
                  Typical for {role.name}: {role.enablingPercent[0]} to {role.enablingPercent[1]}% enabling. That range is the
                  course's rule of thumb, not a score. This week is{' '}
                  <strong>{describePlacement(placeInRange(split.enablingPercent, role.enablingPercent))}</strong>.
                </p>
              ) : (
                <p>Choose a role to see the range that is typical for it.</p>
              )}
            </>
          ) : (
            <p>Enter your hours to see how your week split.</p>
          )}
        </div>
        <button type="submit" class="primary">
          Save this week
        </button>
      </form>
      <p class={`save-status ${status.startsWith('Not saved') ? 'problem' : ''}`} role="status">
        {status}
      </p>
      {entries.length > 0 && <SavedWeeks entries={entries} categories={categories} roles={roles} />}
    </>
  );
}

interface SavedWeeksProps {
  entries: AuditEntry[];
  categories: AuditCategory[];
  roles: AuditRole[];
}

/** The weeks saved so far, oldest first, and how the first compares with the latest. */
function SavedWeeks({ entries, categories, roles }: SavedWeeksProps) {
  const rows = entries.map((entry) => {
    const role = roles.find((r) => r.id === entry.role);
    const split = splitWeek(entry.hours, categories);
    return { entry, role, split };
  });
  const first = rows[0]!;
  const latest = rows.at(-1)!;
  return (
    <div class="audit-history">
      {rows.length > 1 && first.split && latest.split && (
        <p>
          Your first saved week ({formatTime(first.entry.savedAt)}) was {first.split.enablingPercent}% enabling; your latest (
          {formatTime(latest.entry.savedAt)}) was {latest.split.enablingPercent}%. Was the change on purpose?
        </p>
      )}
      <div class="table-scroll">
        <table>
          <caption>Your saved weeks</caption>
          <thead>
            <tr>
              <th scope="col">Saved</th>
              <th scope="col">Role</th>
              <th scope="col">Enabling</th>
              <th scope="col">Typical range</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ entry, role, split }) => (
              <tr>
                <th scope="row">{formatTime(entry.savedAt)}</th>
                <td>{role?.name ?? entry.role}</td>
                <td>{split ? `${split.enablingPercent}% of ${formatHours(split.total)}` : '—'}</td>
                <td>
                  {role ? `${role.enablingPercent[0]} to ${role.enablingPercent[1]}%` : '—'}
                  {role && split && `, ${placeInRange(split.enablingPercent, role.enablingPercent)}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

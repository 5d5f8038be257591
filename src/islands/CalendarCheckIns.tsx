import { useState } from 'preact/hooks';
import { loadJournalTools, type Commitment } from '../progress/index.ts';
import { checkIns } from '../lib/check-ins.ts';
import { longDate } from '../lib/format.ts';

/**
 * "Add check-ins to my calendar": a calendar file with an all-day event on each date a commitment is due, counted
 * from the day the plan was started (see src/lib/check-ins.ts). Targets that are not a number of days are named.
 */
export default function CalendarCheckIns({ lists }: { lists: { items: Commitment[] }[] }) {
  const [status, setStatus] = useState('');
  const { events, skipped } = checkIns(lists);
  return (
    <div class="calendar-check-ins">
      {events.length > 0 ? (
        <>
          <p>
            Check-ins on {events.map((e) => `${longDate(`${e.date}T12:00:00Z`, 'UTC')} (${e.targets})`).join(', ')}: each target
            counted in days from the day you started your plan.
          </p>
          <p>
            <button
              type="button"
              onClick={() => {
                void loadJournalTools().then(({ downloadCheckIns }) => downloadCheckIns());
                setStatus('Your check-ins were downloaded as a calendar file: open it to add them to your calendar.');
              }}
            >
              Add check-ins to my calendar
            </button>
          </p>
        </>
      ) : (
        <p>None of your targets is a number of days, so there are no check-in dates to add to a calendar.</p>
      )}
      {skipped.length > 0 && (
        <p class="skipped-targets">
          Not in the calendar, because the target is not a number of days:{' '}
          {skipped.map((s, i) => (
            <>
              {i > 0 && '; '}
              <span class="learner-text">{s.text}</span> ({s.target})
            </>
          ))}
          .
        </p>
      )}
      <p role="status" class="meta">
        {status}
      </p>
    </div>
  );
}

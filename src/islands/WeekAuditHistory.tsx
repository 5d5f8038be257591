import type { AuditEntry } from '../progress/index.ts';
import { formatHours, placeInRange, splitWeek } from '../lib/week-audit.ts';
import { formatTime } from './save-status.ts';
import ShareBar from './ShareBar.tsx';
import type { CourseOutline } from './dashboard-types.ts';

interface Props {
  entries: AuditEntry[];
  guidance: NonNullable<CourseOutline['weekSplit']>;
}

/** Every saved week of the week audit: the share spent enabling, against the typical range of the role chosen then. */
export default function WeekAuditHistory({ entries, guidance }: Props) {
  return (
    <ol class="audit-weeks">
      {entries.map((entry) => {
        const role = guidance.roles.find((r) => r.id === entry.role);
        const split = splitWeek(entry.hours, guidance.categories);
        return (
          <li>
            <span>
              <strong>{formatTime(entry.savedAt)}</strong>: {split ? `${split.enablingPercent}% enabling` : 'no hours counted'}
              {split && ` of ${formatHours(split.total)}`}. {role?.name ?? entry.role}
              {role &&
                `, typical ${role.enablingPercent[0]} to ${role.enablingPercent[1]}%${split ? `: ${placeInRange(split.enablingPercent, role.enablingPercent)} the range` : ''}`}
              .
            </span>
            {split && <ShareBar percent={split.enablingPercent} range={role?.enablingPercent} />}
          </li>
        );
      })}
    </ol>
  );
}

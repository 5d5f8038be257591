import { useEffect, useState } from 'preact/hooks';
import { isUnreadable, progress } from '../progress/index.ts';
import { useHydrated, useStored } from './hooks.ts';
import { useJson } from './use-json.ts';
import type { AuditForm as AuditFormType, Guidance } from './WeekAuditForm.tsx';

interface Props {
  id: string;
  /** The record every week audit shares, so a week saved in one lesson shows in the others. */
  audit: string;
  /** The guidance (categories, roles and ranges), fetched only when needed, to keep the lesson page light. */
  guidanceUrl: string;
}

/**
 * A week audit: the learner's own hours last week by kind of work, the share that went to building and to enabling,
 * and the typical range for a role, which is the course's rule of thumb and not a score. Saved weeks are listed.
 */
export default function WeekAudit({ id, audit, guidanceUrl }: Props) {
  const hydrated = useHydrated();
  const stored = useStored(progress.recordStore('audit', audit), undefined);
  const record = hydrated && stored && !isUnreadable(stored) ? stored : undefined;
  const [started, setStarted] = useState(false);
  const showForm = started || record !== undefined;
  const { data: guidance, failed } = useJson<Guidance | null>(guidanceUrl, showForm);
  // The form is a module of its own, loaded with the guidance, so a lesson page carries only this shell until then.
  const [form, setForm] = useState<{ AuditForm: typeof AuditFormType } | undefined>();
  const [formFailed, setFormFailed] = useState(false);
  useEffect(() => {
    if (showForm && !form) {
      import('./WeekAuditForm.tsx').then(setForm, () => setFormFailed(true));
    }
  }, [showForm, form]);

  return (
    <div class="week-audit">
      {hydrated && isUnreadable(stored) && (
        <p class="notice">
          What was saved here before could not be read. It has been kept aside, and you can download it from My progress.
        </p>
      )}
      {!showForm ? (
        <button type="button" class="primary" onClick={() => setStarted(true)}>
          Start the week audit
        </button>
      ) : guidance && form ? (
        <form.AuditForm id={id} audit={audit} guidance={guidance} record={record} focusFirst={started} />
      ) : failed || formFailed || guidance === null ? (
        <p class="notice">The week audit could not be loaded. Check your connection, then reload the page.</p>
      ) : (
        <p>Loading the week audit…</p>
      )}
    </div>
  );
}

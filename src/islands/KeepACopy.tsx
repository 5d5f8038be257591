import { useRef, useState } from 'preact/hooks';
import {
  downloadBackup,
  downloadProgress,
  loadImporter,
  progress,
  type ExportFile,
  type ImportChange,
  type ImportReady,
} from '../progress/index.ts';

const KIND_NAMES: Record<ImportChange['kind'], string> = {
  reflection: 'Reflections',
  scenario: 'Scenario answers',
  attempts: 'Self-assessment histories',
  draft: 'Unfinished self-assessments',
  commitments: 'Commitment lists',
  lesson: 'Lesson records',
  audit: 'Week audits',
  cohort: 'Kept cohorts (facilitators)',
};

/** Export to a file, and import one back through a single checked pipeline with a preview and a backup. */
export default function KeepACopy({ isLesson }: { isLesson: (id: string) => boolean }) {
  const [message, setMessage] = useState<{ text: string; problem: boolean } | undefined>();
  const [pending, setPending] = useState<
    { ready: ImportReady; changes: ImportChange[]; unknown: string[]; fileName: string } | undefined
  >();
  const [backup, setBackup] = useState<ExportFile | undefined>();
  const [fileName, setFileName] = useState<string | undefined>();
  const fileInput = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  const choose = async (file: File | undefined) => {
    setPending(undefined);
    setMessage(undefined);
    setFileName(file?.name);
    if (!file) return;
    const { checkImportSize, planImport, readImportFile, unknownLessons } = await loadImporter();
    const early = checkImportSize(file.size);
    if (early) return setMessage({ text: early.message, problem: true });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setMessage({ text: 'This file could not be read. Nothing was changed.', problem: true });
    }
    const result = readImportFile(text);
    if (!result.ok) return setMessage({ text: result.message, problem: true });
    setPending({
      ready: result,
      changes: planImport(progress.$stored.get().snapshot, result.progress),
      unknown: unknownLessons(result.progress, isLesson),
      fileName: file.name,
    });
    requestAnimationFrame(() => confirmButton.current?.focus());
  };

  const clearChoice = () => {
    if (fileInput.current) fileInput.current.value = '';
    setFileName(undefined);
  };

  const apply = () => {
    if (!pending) return;
    const { ok, backup: saved } = progress.applyImport(pending.ready.progress, pending.ready.unreadable);
    setBackup(saved);
    setPending(undefined);
    setMessage(
      ok
        ? {
            text: `Imported ${pending.fileName}. Your previous progress is backed up: download the backup below if you may want it again.`,
            problem: false,
          }
        : {
            text: 'The import could not be saved because storage is full, so your previous progress was put back. Nothing was changed.',
            problem: true,
          },
    );
    clearChoice();
  };

  const cancel = () => {
    setPending(undefined);
    setMessage({ text: 'Import cancelled. Nothing was changed.', problem: false });
    clearChoice();
  };

  const changed = pending?.changes.filter((c) => c.added + c.replaced + c.removed > 0) ?? [];
  return (
    <div class="keep-a-copy">
      <p>
        Your progress lives only in this browser. Export it now and then, and import the file to carry on in another browser or to
        restore it.
      </p>
      <p>
        <button type="button" class="primary" onClick={downloadProgress}>
          Export my progress
        </button>
      </p>
      <p class="file-picker">
        {/* The browser's own control, hidden but focusable: its label is what the learner sees and clicks. */}
        <input
          id="import-file"
          class="visually-hidden"
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          aria-describedby="import-file-name"
          onChange={(e) => void choose(e.currentTarget.files?.[0])}
        />
        <label htmlFor="import-file" class="button">
          Import a progress file
        </label>{' '}
        <span id="import-file-name" class="file-name">
          {fileName ?? 'No file chosen'}
        </span>
      </p>
      <div role="status">{message && <p class={message.problem ? 'notice' : 'save-status'}>{message.text}</p>}</div>
      {pending && (
        <div class="import-preview" aria-labelledby="import-preview-title">
          <h3 id="import-preview-title">What importing {pending.fileName} will change</h3>
          {pending.ready.fromVersion < 2 && (
            <p>The file comes from an earlier version of the course and has been brought up to date.</p>
          )}
          {changed.length === 0 ? (
            <p>The file holds exactly what is already saved here.</p>
          ) : (
            <ul>
              {changed.map((c) => (
                <li>
                  {KIND_NAMES[c.kind]}:{' '}
                  {[c.added && `${c.added} added`, c.replaced && `${c.replaced} replaced`, c.removed && `${c.removed} removed`]
                    .filter(Boolean)
                    .join(', ')}
                </li>
              ))}
            </ul>
          )}
          {pending.unknown.length > 0 && (
            <p class="notice">
              The file has progress for {pending.unknown.length} {pending.unknown.length === 1 ? 'lesson' : 'lessons'} this
              version of the course does not have ({pending.unknown.join(', ')}), perhaps removed or renamed since it was
              exported. That progress will be imported and kept, and included in your exports, but no lesson will show it.
            </p>
          )}
          {pending.ready.markupIn > 0 && (
            <p class="notice">
              {pending.ready.markupIn} {pending.ready.markupIn === 1 ? 'text contains' : 'texts contain'} markup such as HTML
              tags. It will be kept and shown exactly as written, as plain text; it is never run.
            </p>
          )}
          <p>Your current progress will be backed up first, and you can download the backup afterwards.</p>
          <button type="button" class="primary" ref={confirmButton} onClick={apply}>
            Replace my progress with this file
          </button>{' '}
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </div>
      )}
      {backup && (
        <p>
          <button type="button" onClick={() => downloadBackup(backup)}>
            Download the backup of your previous progress
          </button>
        </p>
      )}
    </div>
  );
}

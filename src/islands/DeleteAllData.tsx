import { useRef, useState } from 'preact/hooks';
import { downloadProgress, progress } from '../progress/index.ts';
import { forgetThemeChoice } from '../lib/theme.ts';

/** "Delete all my data", behind a confirmation that offers an export first. */
export default function DeleteAllData() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState('');
  const confirm = () => {
    const deleted = progress.deleteAll();
    forgetThemeChoice();
    dialog.current?.close();
    setStatus(
      deleted
        ? 'Everything this course kept in this browser has been deleted.'
        : 'Some data could not be deleted from storage; try again.',
    );
  };
  return (
    <div>
      <button type="button" class="danger" onClick={() => dialog.current?.showModal()}>
        Delete all my data
      </button>
      <p class="save-status" role="status">
        {status}
      </p>
      <dialog ref={dialog} class="confirm-dialog" aria-labelledby="delete-title" aria-describedby="delete-description">
        <h2 id="delete-title">Delete everything this course keeps in this browser?</h2>
        <div id="delete-description">
          <p>This removes, from this browser only:</p>
          <ul>
            <li>your reflections, scenario answers, self-assessments (finished and unfinished) and commitments;</li>
            <li>which lessons you completed and visited;</li>
            <li>saved data that could not be read, and the backup taken before your last import;</li>
            <li>your colour theme choice.</li>
          </ul>
          <p>It cannot be undone. Export a copy first if you may want it later.</p>
        </div>
        <div class="dialog-actions">
          <button type="button" onClick={downloadProgress}>
            Export a copy first
          </button>
          <button type="button" class="danger" onClick={confirm}>
            Delete everything
          </button>
          {/* In a <dialog>, autofocus is how the platform picks the first focus: here, the safe choice. */}
          {/* eslint-disable-next-line jsx-a11y-x/no-autofocus */}
          <button type="button" class="primary" onClick={() => dialog.current?.close()} autoFocus>
            Keep my progress
          </button>
        </div>
      </dialog>
    </div>
  );
}

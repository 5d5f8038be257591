import { useRef, useState } from 'preact/hooks';
import { progress } from '../progress/index.ts';
import { downloadProgress } from '../progress/download.ts';

/** "Delete all my data", behind a confirmation that offers an export first. */
export default function DeleteAllData({ onChange }: { onChange: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState('');
  const confirm = () => {
    const deleted = progress.deleteAll();
    dialog.current?.close();
    setStatus(
      deleted ? 'All your progress in this browser has been deleted.' : 'Some data could not be deleted from storage; try again.',
    );
    onChange();
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
        <h2 id="delete-title">Delete all your progress?</h2>
        <p id="delete-description">
          This removes every reflection, answer, self-assessment, commitment and completed lesson this course has saved in this
          browser. It cannot be undone. Export a copy first if you may want it later.
        </p>
        <div class="dialog-actions">
          <button type="button" onClick={downloadProgress}>
            Export a copy first
          </button>
          <button type="button" class="danger" onClick={confirm}>
            Delete everything
          </button>
          <button type="button" class="primary" onClick={() => dialog.current?.close()} autoFocus>
            Keep my progress
          </button>
        </div>
      </dialog>
    </div>
  );
}

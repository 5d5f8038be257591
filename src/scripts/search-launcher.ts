/**
 * Opens the search dialog from the header button, Ctrl/Cmd+K or "/". The interface itself is imported on the
 * first opening, so a reader who never searches downloads none of it.
 */
export function startSearchLauncher() {
  const button = document.querySelector<HTMLButtonElement>('.search-button');
  const dialog = document.querySelector<HTMLDialogElement>('.search-dialog');
  if (!button || !dialog) return;
  let ready: Promise<void> | undefined;

  const open = async () => {
    ready ??= import('./search-ui.ts').then(({ startSearchUi }) => startSearchUi(dialog));
    await ready;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector('input')?.select();
  };

  button.addEventListener('click', () => void open());
  addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]');
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
    if (shortcut || (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey)) {
      event.preventDefault();
      void open();
    }
  });
}

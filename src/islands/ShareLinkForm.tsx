import { useId } from 'preact/hooks';

interface Props {
  legend: string;
  action: string;
  onSubmit: (text: string) => void;
}

/** A field to paste a share link into, and its button. */
export default function ShareLinkForm({ legend, action, onSubmit }: Props) {
  const id = useId();
  return (
    <form
      class="share-link-form"
      onSubmit={(event) => {
        event.preventDefault();
        const field = event.currentTarget.elements.namedItem('link') as HTMLInputElement;
        onSubmit(field.value);
        field.value = '';
      }}
    >
      <fieldset>
        <legend>{legend}</legend>
        <label htmlFor={id}>Share link</label>
        <p class="row">
          <input id={id} name="link" type="text" required autocomplete="off" placeholder="…/shared/#1.p…" />
          <button type="submit">{action}</button>
        </p>
      </fieldset>
    </form>
  );
}

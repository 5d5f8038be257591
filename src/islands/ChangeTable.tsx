import { describeChange, type DimensionChange } from '../lib/assessment-results.ts';

interface Props {
  rows: DimensionChange[];
  caption: string;
  /** Column headings for the earlier and later level, when there is an earlier attempt to compare with. */
  compared?: { before: string; after: string } | undefined;
  /** The level's column heading when there is nothing to compare with. */
  levelHeading: string;
  class: string;
}

/** Each dimension's level, and, when two attempts are compared, the earlier level and the change between them. */
export default function ChangeTable({ rows, caption, compared, levelHeading, class: className }: Props) {
  return (
    <table class={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Dimension</th>
          {compared && <th scope="col">{compared.before}</th>}
          <th scope="col">{compared ? compared.after : levelHeading}</th>
          {compared && <th scope="col">Change</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr>
            <th scope="row">{row.name}</th>
            {compared && <td>{row.previous ?? '—'}</td>}
            <td>{row.current ?? '—'}</td>
            {compared && <td>{describeChange(row.change)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import type { APIRoute, GetStaticPaths } from 'astro';
import { loadToolkit } from '../../../lib/load-toolkit.ts';

/** Each template's downloads as static files beside its page: `/toolkit/<id>/<id>.md` and its tables' CSV files. */
export const getStaticPaths = (async () => {
  const templates = await loadToolkit();
  return templates.flatMap((t) =>
    t.downloads.map((download) => ({ params: { template: t.id, file: download.file }, props: { download } })),
  );
}) satisfies GetStaticPaths;

const TYPES = { Markdown: 'text/markdown; charset=utf-8', CSV: 'text/csv; charset=utf-8' } as const;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = ({ props }) =>
  new Response(props.download.text, { headers: { 'Content-Type': TYPES[props.download.kind] } });

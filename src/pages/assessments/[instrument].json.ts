import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { loadCourse } from '../../lib/load-course.ts';
import { lessonHref } from '../../lib/urls.ts';

/**
 * The bulk of a self-assessment instrument: each dimension's level descriptions, the lessons that build it and the
 * questions a mentor can ask about it, and the level descriptions of its earlier versions, so an older attempt is read
 * against the texts it was taken with. The islands fetch it only when a learner starts the instrument or has results
 * to show, or a mentor opens a share link, so pages stay light.
 */
export const getStaticPaths = (async () => {
  const instruments = await getCollection('assessments');
  return instruments.map((entry) => ({ params: { instrument: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = async ({ props }) => {
  const course = await loadCourse();
  const { version } = props.entry.data;
  const earlier = (await getCollection('assessmentArchive'))
    .filter((archived) => archived.id === `${props.entry.id}-v${archived.data.version}` && archived.data.version < version)
    .map((archived) => ({
      version: archived.data.version,
      dimensions: archived.data.dimensions.map(({ id, levels }) => ({ id, levels })),
    }));
  return Response.json({
    version,
    earlier,
    dimensions: props.entry.data.dimensions.map(({ id, summary, levels, lessons, mentorPrompts }) => ({
      id,
      summary,
      levels,
      mentorPrompts,
      lessons: lessons.map((lessonId) => {
        const lesson = course.entries.get(lessonId)!;
        return { id: lessonId, title: lesson.data.title, href: lessonHref({ module: lesson.data.module, id: lessonId }) };
      }),
    })),
  });
};

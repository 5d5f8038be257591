import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { EXERCISE_COMPONENTS } from '../../src/lib/exercises.ts';
import { lessonIdFromPath } from '../../src/lib/lesson-id.ts';
import { SITES } from './sites.ts';

interface Module {
  id: string;
  order: number;
  title: string;
  summary: string;
}

const EXERCISE_TAG = new RegExp(`<(${EXERCISE_COMPONENTS.join('|')})\\b[^>]*?/?>`, 'g');

/**
 * Writes a course of at least `lessons` lessons into `target`: the real course from content/, then copies of its
 * modules (all but the orientation) until there are that many lessons, the last copy cut short. A copy is a new module with
 * its own id, order and session, holding the same lesson files renamed: every lesson and exercise id gets the copy's
 * number, and each scenario a lesson places is copied under its new id, so the course passes the build's checks
 * (unique ids) and each copied page is as long and as rich as the real one. Returns the lesson pages' paths in the
 * built site (`the-shift/from-output-to-leverage/`).
 */
export function generateCourse(target: string, lessons = 0): string[] {
  const source = SITES.real.contentDir;
  cpSync(source, target, { recursive: true });
  const modules = parse(readFileSync(join(source, 'modules.yaml'), 'utf8')) as Module[];
  const lessonFiles = (module: string) =>
    readdirSync(join(source, 'lessons', module))
      .filter((file) => file.endsWith('.mdx'))
      .sort();
  const paths = modules.flatMap((m) => lessonFiles(m.id).map((file) => `${m.id}/${lessonIdFromPath(file)}/`));

  const copies: Module[] = [];
  for (let copy = 2; paths.length < lessons; copy++) {
    for (const module of modules.filter((m) => m.order > 0)) {
      if (paths.length >= lessons) break;
      const id = `${module.id}-${copy}`;
      copies.push({ ...module, id, title: `${module.title} ${copy}`, order: copy * 100 + module.order });
      copySession(source, target, module.id, id, copy);
      for (const file of lessonFiles(module.id).slice(0, lessons - paths.length)) {
        const name = file.replace(/\.mdx$/, `-${copy}.mdx`);
        const text = readFileSync(join(source, 'lessons', module.id, file), 'utf8');
        mkdirSync(join(target, 'lessons', id), { recursive: true });
        writeFileSync(join(target, 'lessons', id, name), copyLesson(text, id, copy, source, target));
        paths.push(`${id}/${lessonIdFromPath(name)}/`);
      }
    }
  }
  writeFileSync(join(target, 'modules.yaml'), stringify([...modules, ...copies]));
  return paths;
}

/** A lesson's text moved to module `id`, its exercise ids numbered, the scenarios it places copied to match. */
function copyLesson(text: string, id: string, copy: number, source: string, target: string) {
  return text.replace(/^module: .*$/m, `module: ${id}`).replace(EXERCISE_TAG, (tag, component: string) =>
    tag.replace(/\bid="([^"]+)"/, (_, exercise: string) => {
      if (component === 'Scenario') {
        cpSync(join(source, 'scenarios', `${exercise}.yaml`), join(target, 'scenarios', `${exercise}-${copy}.yaml`));
      }
      return `id="${exercise}-${copy}"`;
    }),
  );
}

/** Every module needs its own session: the original module's, for the copy, at its own place in the order. */
function copySession(source: string, target: string, module: string, id: string, copy: number) {
  const session = parse(readFileSync(join(source, 'sessions', `${module}.yaml`), 'utf8')) as { order: number };
  writeFileSync(join(target, 'sessions', `${id}.yaml`), stringify({ ...session, module: id, order: copy * 100 + session.order }));
}

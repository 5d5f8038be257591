import { describe, expect, it } from 'vitest';
import {
  findCourseProblems,
  neighbours,
  orderCourse,
  readingOrder,
  type LessonEntry,
  type ModuleEntry,
} from '../../src/lib/course.ts';

const modules: ModuleEntry[] = [
  { id: 'second', title: 'Second', summary: 's', order: 2 },
  { id: 'first', title: 'First', summary: 'f', order: 1 },
];
const lesson = (id: string, module: string, order: number, minutes = 10): LessonEntry => ({
  id,
  file: `content/lessons/${module}/0${order}-${id}.mdx`,
  title: id,
  description: '',
  module,
  order,
  minutes,
});
const lessons = [lesson('b2', 'second', 2), lesson('a1', 'first', 1, 20), lesson('b1', 'second', 1), lesson('a2', 'first', 2)];

describe('navigation order', () => {
  it('orders modules and lessons by their order fields, not by file order', () => {
    const course = orderCourse(modules, lessons);
    expect(course.map((m) => m.id)).toEqual(['first', 'second']);
    expect(readingOrder(course).map((l) => l.id)).toEqual(['a1', 'a2', 'b1', 'b2']);
    expect(course[0]!.minutes).toBe(30);
  });

  it('links previous and next across module boundaries', () => {
    const course = orderCourse(modules, lessons);
    expect(neighbours(course, 'a2')).toMatchObject({ previous: { id: 'a1' }, next: { id: 'b1' } });
    expect(neighbours(course, 'b1')).toMatchObject({ previous: { id: 'a2' }, next: { id: 'b2' } });
  });

  it('gives the first lesson no previous and the last no next', () => {
    const course = orderCourse(modules, lessons);
    expect(neighbours(course, 'a1').previous).toBeUndefined();
    expect(neighbours(course, 'b2').next).toBeUndefined();
  });

  it('refuses an unknown lesson id', () => {
    expect(() => neighbours(orderCourse(modules, lessons), 'nope')).toThrow('No lesson with id "nope"');
  });
});

describe('course problems', () => {
  it('finds none in a sound course', () => {
    expect(findCourseProblems(modules, lessons)).toEqual([]);
  });

  it('names the file and the module field for an unknown module', () => {
    const [problem] = findCourseProblems(modules, [lesson('x', 'missing', 1)]);
    expect(problem).toContain('content/lessons/missing/01-x.mdx');
    expect(problem).toContain('field "module" is "missing"');
  });

  it('names both files and the order field for two lessons with one order in a module', () => {
    const [problem] = findCourseProblems(modules, [lesson('a', 'first', 1), lesson('b', 'first', 1)]);
    expect(problem).toContain('content/lessons/first/01-b.mdx');
    expect(problem).toContain('content/lessons/first/01-a.mdx');
    expect(problem).toContain('field "order" is 1');
  });
});

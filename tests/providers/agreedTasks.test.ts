import { describe, expect, it } from 'vitest';
import { AGREED_TASKS } from '../../server/providers/embedded/library/agreedTasks.ts';

describe('tasks agreed in session', () => {
  for (const task of AGREED_TASKS) {
    it.each(task.examples.match)(`${task.key} recognises “%s”`, (text) => expect(task.pattern.test(text)).toBe(true));
    it.each(task.examples.nomatch)(`${task.key} leaves “%s” alone`, (text) =>
      expect(task.pattern.test(text)).toBe(false),
    );
  }
});

import type { z } from 'zod';

/** One line per problem, `field: what is wrong`, at most five — for a draft that fails its schema. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || 'note'}: ${issue.message}`)
    .join('; ');
}

/**
 * `npm run eval [-- --only risk,deid]`: every accuracy figure the project reports, in one run.
 * Each section lives in scripts/eval/<name>.ts and prints its own tables.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';

const sections = {
  emotions: () => import('./eval/emotions.ts'),
  risk: () => import('./eval/risk.ts'),
  corpus: () => import('./eval/corpus.ts'),
  deid: () => import('./eval/deid.ts'),
  cssrs: () => import('./eval/cssrs.ts'),
} as const;
type SectionName = keyof typeof sections;

const SectionList = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(Object.keys(sections) as [SectionName, ...SectionName[]])));

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const parsed = SectionList.safeParse(values.only ?? Object.keys(sections).join(','));
if (!parsed.success) {
  console.error(`--only takes a comma-separated list of: ${Object.keys(sections).join(', ')}`);
  process.exit(2);
}

for (const name of parsed.data) {
  console.log(`\n=== ${name} ===`);
  const started = performance.now();
  const mod = await sections[name]();
  await mod.run();
  console.log(`(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

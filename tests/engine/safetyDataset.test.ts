import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RiskCategory, RiskLevel, Speaker } from '../../server/contracts/analysis.ts';
import { detectRisk, detectRiskExhaustive } from '../../server/engine/safety/detect.ts';
import { counterfactualVariants } from '../../scripts/eval/counterfactuals.ts';
import { z } from 'zod';

const Labelled = z.object({
  id: z.string().regex(/^r[sh]-\d{3}$/),
  speaker: Speaker,
  text: z.string().min(1),
  expected: z.object({ level: RiskLevel, categories: z.array(RiskCategory) }),
  kind: z.string().min(1),
});

const read = (file: string) =>
  readFileSync(new URL(`../data/risk/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => Labelled.parse(JSON.parse(l)));

const dev = read('risk-set.jsonl');
const heldout = read('risk-heldout.jsonl');
const all = [...dev, ...heldout];
const HARD_NEGATIVES = [
  'negation',
  'idiom',
  'everyday',
  'media_game',
  'clinician_question',
  'clinician_statement',
  'client_question',
  'third_person',
  'hypothetical',
  'neutral',
];
const flagOf = (speaker: z.infer<typeof Speaker>, text: string) => {
  const r = detectRisk({ id: 'x', speaker, text });
  return `${r.level}/${r.categories.join('+')}`;
};

describe('labelled risk utterances', () => {
  it('hold at least 300 development utterances across every category, level and hard-negative kind', () => {
    expect(dev.length).toBeGreaterThanOrEqual(300);
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    for (const category of RiskCategory.options) {
      for (const level of ['low', 'moderate', 'high'] as const) {
        expect(
          dev.some((r) => r.expected.categories.includes(category) && r.expected.level === level),
          `${category}/${level}`,
        ).toBe(true);
      }
    }
    for (const kind of HARD_NEGATIVES)
      expect(
        dev.some((r) => r.kind === kind),
        kind,
      ).toBe(true);
    for (const r of all) expect(r.expected.level === 'none', r.id).toBe(r.expected.categories.length === 0);
  });

  it('changes no flag when names, genders, pronouns or dialect markers are swapped', () => {
    const changed: string[] = [];
    for (const r of all) {
      const base = flagOf(r.speaker, r.text);
      for (const v of counterfactualVariants(r.text)) {
        const now = flagOf(r.speaker, v.text);
        if (now !== base) changed.push(`${r.id} ${v.label}: ${base} → ${now}`);
      }
    }
    expect(changed).toEqual([]);
  });

  it('gives the same result with and without the keyword prefilter', () => {
    const differ = all
      .filter((r) => JSON.stringify(detectRisk(r)) !== JSON.stringify(detectRiskExhaustive(r)))
      .map((r) => r.id);
    expect(differ).toEqual([]);
    for (const text of [
      'Ya no quiero estar aquí.',
      'Ojalá me muriera.',
      "You won't have to put up with me much longer.",
    ]) {
      const u = { id: 'p', speaker: 'client' as const, text };
      expect(detectRisk(u), text).toEqual(detectRiskExhaustive(u));
      expect(detectRisk(u).level, text).not.toBe('none');
    }
  });
});

describe('counterfactual variants', () => {
  it('swap names, genders, pronouns and dialect markers', () => {
    const variants = counterfactualVariants("My husband hits me when he's drunk, Priya.");
    const texts = variants.map((v) => v.text);
    expect(texts).toContain("My wife hits me when she's drunk, Priya.");
    expect(texts).toContain("My husband hits me when they're drunk, Priya.");
    expect(texts.some((t) => t.includes('Guadalupe') && !t.includes('Priya'))).toBe(true);
    expect(texts.some((t) => t.endsWith(', innit.'))).toBe(true);
    expect(new Set(variants.map((v) => v.kind))).toEqual(new Set(['name', 'gender', 'they', 'dialect']));
  });

  it('leave Spanish "he" (I have) alone', () => {
    expect(counterfactualVariants('He pensado en matarme.').some((v) => v.text.startsWith('She'))).toBe(false);
  });
});

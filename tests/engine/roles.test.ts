import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRoles } from '../../server/engine/roles/index.ts';
import { CorpusSession, readBatches } from '../../server/engine/roles/training/corpus.ts';
import { fitRoles, repeatsOf } from '../../server/engine/roles/training/fit.ts';
import { decodeRoleWeights, encodeRoleWeights, ROLE_WEIGHTS_URL } from '../../server/engine/roles/weights.ts';
import { DEFAULTS } from '../../scripts/trainRoles.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/notesEval');

describe('turn roles', () => {
  it('reads a third person in the room without a role as other, and refuses a client turn without one', () => {
    const session = (speaker: 'other' | 'client') => ({
      id: 's',
      turns: [
        { speaker: 'clinician', text: 'how has the week been', role: 'question_open' },
        { speaker, text: 'trato hecho' },
      ],
    });
    expect(CorpusSession.parse(session('other')).turns[1]?.role).toBe('other');
    const refused = CorpusSession.safeParse(session('client'));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/needs a role/);
  });

  it('reads the clinician’s moves in their context', () => {
    const roles = readRoles([
      { speaker: 'clinician', text: "what's been the hardest part of this week for you" },
      { speaker: 'client', text: "honestly the nights I just can't get to sleep" },
      { speaker: 'clinician', text: 'a lot of people find the nights are the hardest when they first cut back' },
      { speaker: 'client', text: 'mm-hm' },
      { speaker: 'clinician', text: 'on a scale of zero to ten how confident are you that you can stop' },
      { speaker: 'client', text: 'maybe a six' },
      { speaker: 'clinician', text: "okay so I'll see you same time next week" },
      { speaker: 'client', text: 'see you then' },
    ]);
    expect(roles.map((r) => r.side)).toEqual([
      'clinician',
      'client',
      'clinician',
      'client',
      'clinician',
      'client',
      'clinician',
      'client',
    ]);
    expect(roles[0]?.role).toBe('question_open');
    expect(roles[3]?.role).toBe('backchannel');
    expect(roles[4]?.role).toBe('scaling');
    expect(roles[6]?.role).toBe('follow_up');
    for (const r of roles) expect(Object.values(r.probabilities).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
  });

  it('gives a third person’s turn no role of the client’s own', () => {
    const [, other] = readRoles([
      { speaker: 'clinician', text: 'how has he been at home' },
      { speaker: 'other', text: "he's been up all night on that game every night" },
    ]);
    expect(other).toMatchObject({ role: 'other', score: 1 });
  });

  it('ships weights whose header records the authors held out and the figures on them', () => {
    const { header } = decodeRoleWeights(readFileSync(ROLE_WEIGHTS_URL));
    expect(header.training).toMatchObject({
      heldOutByAuthor: {
        split: expect.arrayContaining(['b03']),
        families: expect.objectContaining({ 'client account': expect.any(Number) }),
      },
    });
  });

  it('reads a rare role’s examples more often in training, at most three times, and a common one once', () => {
    const golds = [...Array<number>(900).fill(0), ...Array<number>(100).fill(1), ...Array<number>(20).fill(2)];
    const repeats = repeatsOf(golds, 800);
    expect(repeats[0]).toBe(1);
    expect(repeats[900]).toBe(3);
    expect(repeats[1000]).toBe(3);
    expect(new Set(repeatsOf(golds, 0))).toEqual(new Set([1]));
  });

  it('refuses a weights file of another kind with a message that says what to run', () => {
    const bytes = new Uint8Array(readFileSync(ROLE_WEIGHTS_URL));
    bytes.set(new TextEncoder().encode('GEMO'), 0);
    expect(() => decodeRoleWeights(bytes)).toThrow(/npm run train:roles/);
  });

  it('trains the same weights from the same sessions', () => {
    const sessions = readBatches(FIXTURES).flatMap((b) => b.sessions);
    const options = { ...DEFAULTS, minCount: 1, dims: 8, epochs: 2 };
    const a = encodeRoleWeights(fitRoles(sessions, options));
    const b = encodeRoleWeights(fitRoles(sessions, options));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CrisisProtocolSet, RiskCategory } from '../../server/contracts/analysis.ts';
import {
  CrisisProtocolFileError,
  DEFAULT_PROTOCOLS,
  loadCrisisProtocols,
} from '../../server/engine/safety/protocols.ts';

const dir = mkdtempSync(join(tmpdir(), 'crisis-protocols-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const protocol = (category: string) => DEFAULT_PROTOCOLS.protocols.find((p) => p.category === category)!;
const text = (category: string) => JSON.stringify(protocol(category));

describe('default (US) crisis protocols', () => {
  it('has exactly one protocol per risk category', () => {
    expect(DEFAULT_PROTOCOLS.protocols.map((p) => p.category).sort()).toEqual([...RiskCategory.options].sort());
  });

  it('gives 988, emergency steps, the Stanley–Brown plan and means restriction for suicide', () => {
    const p = protocol('suicide');
    expect(
      p.resources.some(
        (r) => r.name.includes('988') && r.contact.includes('988') && r.contact.includes('988lifeline.org'),
      ),
    ).toBe(true);
    expect(text('suicide')).toMatch(/911/);
    expect(text('suicide')).toMatch(/do not leave the person alone/);
    expect(p.safetyPlanSteps).toHaveLength(6);
    expect(p.safetyPlanSteps!.join(' ')).toMatch(
      /warning signs.*coping.*distraction.*ask for help.*professionals.*environment safe/is,
    );
    expect(p.meansRestriction!.join(' ')).toMatch(/firearm/i);
    expect(p.meansRestriction!.join(' ')).toMatch(/medic/i);
  });

  it('gives a safety plan for self-harm too', () => {
    expect(protocol('self_harm').safetyPlanSteps!.length).toBeGreaterThanOrEqual(6);
    expect(text('self_harm')).toMatch(/988/);
  });

  it('reminds of the duty to warn or protect for violence, as jurisdiction-dependent', () => {
    const reminders = protocol('violence').reminders!.join(' ');
    expect(reminders).toMatch(/Tarasoff/);
    expect(reminders).toMatch(/jurisdiction|state/i);
  });

  it('reminds of mandated reporting for abuse, with Childhelp and the Eldercare Locator', () => {
    const p = protocol('abuse');
    expect(p.reminders!.join(' ')).toMatch(/child/i);
    expect(p.reminders!.join(' ')).toMatch(/elder|dependent adult/i);
    expect(p.resources.some((r) => r.name.includes('Childhelp') && r.contact.includes('1-800-422-4453'))).toBe(true);
    expect(p.resources.some((r) => r.name.includes('Eldercare'))).toBe(true);
  });
});

describe('protocol file override', () => {
  const write = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('loads a complete file for another jurisdiction', () => {
    const uk: CrisisProtocolSet = {
      jurisdiction: 'UK',
      protocols: DEFAULT_PROTOCOLS.protocols.map((p) => ({
        ...p,
        id: p.id.replace('us.', 'uk.'),
        resources: [{ name: 'Samaritans', contact: 'Call 116 123' }],
      })),
    };
    const loaded = loadCrisisProtocols(write('uk.json', JSON.stringify(uk)));
    expect(loaded.jurisdiction).toBe('UK');
    expect(loaded.protocols.find((p) => p.category === 'suicide')!.resources).toEqual([
      { name: 'Samaritans', contact: 'Call 116 123' },
    ]);
  });

  it('refuses a file that misses a category, naming the file and the category', () => {
    const partial = { jurisdiction: 'X', protocols: DEFAULT_PROTOCOLS.protocols.filter((p) => p.category !== 'abuse') };
    const path = write('partial.json', JSON.stringify(partial));
    expect(() => loadCrisisProtocols(path)).toThrow(CrisisProtocolFileError);
    expect(() => loadCrisisProtocols(path)).toThrow(new RegExp(`${path}.*abuse`));
  });

  it('refuses a protocol without steps, saying where', () => {
    const broken = {
      ...DEFAULT_PROTOCOLS,
      protocols: DEFAULT_PROTOCOLS.protocols.map((p, i) => (i === 0 ? { ...p, steps: [] } : p)),
    };
    expect(() => loadCrisisProtocols(write('broken.json', JSON.stringify(broken)))).toThrow(/protocols\.0\.steps/);
  });

  it('refuses a file that is not JSON or cannot be read', () => {
    expect(() => loadCrisisProtocols(write('bad.json', '{ not json'))).toThrow(/not valid JSON/);
    expect(() => loadCrisisProtocols(join(dir, 'missing.json'))).toThrow(/cannot be read \(ENOENT\)/);
  });
});

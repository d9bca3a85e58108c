import { describe, expect, it } from 'vitest';
import type { CarePlan, ClinicalImpression, DocumentReference } from '@medplum/fhirtypes';
import { buildSessionRecord } from '../../fhir/sessionRecord.ts';
import type { ContinuitySources } from '../../server/continuity/view.ts';
import { buildContinuityView } from '../../server/continuity/view.ts';

const BASE = 'https://ehr.example.org/fhir/R4';

function note(id: string, start: string, text: string, extra: Partial<DocumentReference> = {}): DocumentReference {
  return {
    resourceType: 'DocumentReference',
    id,
    status: 'current',
    docStatus: 'final',
    subject: { reference: 'Patient/p1' },
    author: [{ reference: 'Practitioner/x', display: 'Dr Sam Rivera' }],
    content: [{ attachment: { contentType: 'text/plain; charset=utf-8', data: Buffer.from(text).toString('base64') } }],
    context: { period: { start, end: start } },
    ...extra,
  };
}

function record(encounter: string, end: string, level: 'none' | 'high', lastUpdated: string): ClinicalImpression {
  return {
    ...buildSessionRecord({
      writeId: `w-${encounter}-${lastUpdated}`,
      patient: { reference: `${BASE}/Patient/p1` },
      encounter: { reference: `${BASE}/Encounter/${encounter}` },
      clinician: { reference: `${BASE}/Practitioner/x` },
      period: { start: end, end },
      riskLevel: level,
      carryOver: { themes: ['Grief'], goals: [] },
      aiAssisted: true,
    }),
    meta: { lastUpdated },
  };
}

const sources = (extra: Partial<ContinuitySources>): ContinuitySources => ({
  fhirBaseUrl: BASE,
  patientId: 'p1',
  encounterId: 'today',
  readAt: '2026-05-01T10:00:00Z',
  notes: [],
  carePlans: [],
  records: [],
  carePlanUpdatable: true,
  unavailable: [],
  ...extra,
});

describe('the continuity view from what the chart holds', () => {
  it('leaves out notes entered in error, superseded ones and today’s own; reads HTML notes and their format', () => {
    const html = '<h3>Follow-up</h3><p><strong>D:</strong> Slept better.</p><p>A: Improving.</p><p>P: Continue.</p>';
    const view = buildContinuityView(
      sources({
        notes: [
          { resource: note('a', '2026-04-01T09:00:00Z', 'S: ok\nO: ok\nA: ok\nP: ok'), aiAssisted: false },
          {
            resource: note('b', '2026-04-08T09:00:00Z', html, {
              content: [{ attachment: { contentType: 'text/html', data: Buffer.from(html).toString('base64') } }],
            }),
            aiAssisted: false,
          },
          {
            resource: note('c', '2026-04-15T09:00:00Z', 'wrong chart', { docStatus: 'entered-in-error' }),
            aiAssisted: false,
          },
          { resource: note('d', '2026-04-20T09:00:00Z', 'old version', { status: 'superseded' }), aiAssisted: false },
          {
            resource: note('e', '2026-05-01T09:00:00Z', 'today', {
              context: { encounter: [{ reference: 'Encounter/today' }] },
            }),
            aiAssisted: true,
          },
        ],
      }),
    );
    expect(view.notes.map((n) => [n.noteId, n.format])).toEqual([
      ['b', 'DAP'],
      ['a', 'SOAP'],
    ]);
  });

  it('an amended session’s later record replaces the earlier one; a confirmed high risk last time makes the safety plan due', () => {
    const plan: CarePlan = {
      resourceType: 'CarePlan',
      id: 'sp',
      status: 'active',
      intent: 'plan',
      title: 'Safety plan (Stanley–Brown)',
      subject: { reference: 'Patient/p1' },
      created: '2026-04-01T10:00:00Z',
      activity: [{ detail: { status: 'not-started', description: 'Warning signs: not sleeping; drinking' } }],
    };
    const view = buildContinuityView(
      sources({
        carePlans: [{ resource: plan, source: 'ehr' }],
        records: [
          { resource: record('v1', '2026-04-01T10:50:00Z', 'none', '2026-04-01T11:00:00Z'), source: 'companion' },
          { resource: record('v2', '2026-04-08T10:50:00Z', 'none', '2026-04-08T11:00:00Z'), source: 'companion' },
          // The amendment of v2, a day later: the clinician confirmed a high risk after all.
          { resource: record('v2', '2026-04-08T10:50:00Z', 'high', '2026-04-09T08:00:00Z'), source: 'companion' },
        ],
      }),
    );
    expect(view.riskTrend.map((p) => p.level)).toEqual(['none', 'high']);
    expect(view.lastSession).toEqual({ date: '2026-04-08T10:50:00Z', confirmedRisk: true });
    expect(view.safetyPlan).toMatchObject({
      reviewDue: true,
      steps: [{ label: 'Warning signs', items: ['not sleeping', 'drinking'] }],
    });
    expect(view.carriedOver.themes).toEqual([{ text: 'Grief', date: '2026-04-08T10:50:00Z' }]);
  });
});

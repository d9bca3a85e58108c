import type { ConsentState } from './clinicalTerms.ts';
import type {
  AiAssistance,
  ApprovedHomework,
  ApprovedNote,
  ApprovedRiskAssessment,
  ApprovedSection,
  SafetyPlan,
} from './approval.ts';

/** Where the patient stood on AI-assisted sessions when the note was approved. */
export interface ConsentSummary {
  state: ConsentState;
  /** When the decision was recorded (ISO date-time). */
  recordedAt?: string;
}

export interface NoteTextInput {
  note: ApprovedNote;
  consent: ConsentSummary;
  /** Display name of the approving clinician, or their reference when no name is known. */
  clinician: string;
  /** When the clinician approved the note (ISO date-time). */
  approvedAt: string;
  /** Set for an amendment: what the reader should know was corrected. */
  amendmentOf?: string;
}

export const NOT_ASSESSED_TEXT = 'Not assessed in this session';

const FORMAT_NAMES: Record<ApprovedNote['format'], string> = {
  SOAP: 'SOAP',
  DAP: 'DAP',
  BIRP: 'BIRP',
  GIRP: 'GIRP',
};

const SAFETY_PLAN_STEPS: readonly [keyof SafetyPlan, string][] = [
  ['warningSigns', '1. Warning signs'],
  ['internalCopingStrategies', '2. Internal coping strategies'],
  ['socialDistractions', '3. People and social settings that provide distraction'],
  ['peopleToAskForHelp', '4. People I can ask for help'],
  ['professionalsAndAgencies', '5. Professionals or agencies to contact in a crisis'],
  ['makingEnvironmentSafe', '6. Making the environment safe'],
  ['reasonsForLiving', 'The one thing most important to me'],
];

interface Block {
  heading: string;
  lines: string[];
}

/** Standard disclosure, used when the draft did not carry one. */
export function standardDisclosure(ai: AiAssistance | undefined, clinician: string, approvedAt: string): string {
  const day = approvedAt.slice(0, 10);
  if (!ai) {
    return `Written by ${clinician} without AI assistance; approved on ${day}.`;
  }
  return (
    `AI assistance: drafted with Session Copilot (${ai.provider}, model ${ai.model}, prompt ${ai.promptVersion}); ` +
    `reviewed, edited and approved by ${clinician} on ${day}.`
  );
}

export function describeConsent(consent: ConsentSummary): string {
  const on = consent.recordedAt ? ` on ${consent.recordedAt.slice(0, 10)}` : '';
  switch (consent.state) {
    case 'granted':
      return `Consent to AI-assisted session: granted${on}.`;
    case 'declined':
      return `Consent to AI-assisted session: declined${on}.`;
    case 'revoked':
      return `Consent to AI-assisted session: revoked${on}.`;
    case 'none':
      return 'Consent to AI-assisted session: not recorded.';
  }
}

function statementLines(
  part: Pick<ApprovedSection, 'text' | 'statements' | 'notAssessed' | 'notAssessedItems'>,
): string[] {
  const lines: string[] = [];
  if (part.text) lines.push(...part.text.split(/\r?\n/));
  for (const s of part.statements ?? []) lines.push(`- ${s.text}`);
  if (part.notAssessed && lines.length === 0) lines.push(NOT_ASSESSED_TEXT + '.');
  for (const item of part.notAssessedItems ?? []) lines.push(`- ${item}: ${NOT_ASSESSED_TEXT.toLowerCase()}.`);
  return lines;
}

function riskLines(risk: ApprovedRiskAssessment): string[] {
  return [`Risk level: ${risk.level}.`, ...statementLines(risk)];
}

export function describeSchedule(item: ApprovedHomework): string | undefined {
  return item.schedule ? describeHomeworkSchedule(item.schedule) : undefined;
}

/** A homework schedule in the words the client reads: "3 times a week, 15 minutes, for 2 weeks". */
export function describeHomeworkSchedule(s: NonNullable<ApprovedHomework['schedule']>): string {
  const parts: string[] = [];
  switch (s.frequency) {
    case 'daily':
      parts.push('daily');
      break;
    case 'times_per_week':
      parts.push(`${s.timesPerWeek ?? 1} times a week`);
      break;
    case 'weekly':
      parts.push('weekly');
      break;
    case 'as_needed':
      parts.push('as needed');
      break;
  }
  if (s.durationMinutes) parts.push(`${s.durationMinutes} minutes`);
  if (s.timeOfDay) parts.push(s.timeOfDay);
  if (s.weeks) parts.push(`for ${s.weeks} week${s.weeks === 1 ? '' : 's'}`);
  return parts.join(', ');
}

function homeworkLines(items: readonly ApprovedHomework[]): string[] {
  return items.map((item) => {
    const schedule = describeSchedule(item);
    return `- ${item.title}: ${item.instructions}${schedule ? ` (${schedule})` : ''}`;
  });
}

function safetyPlanLines(plan: SafetyPlan): string[] {
  const lines: string[] = [];
  for (const [key, label] of SAFETY_PLAN_STEPS) {
    const items = plan[key];
    if (items.length === 0) continue;
    lines.push(`${label}:`);
    for (const item of items) lines.push(`  - ${item}`);
  }
  return lines;
}

export function safetyPlanSteps(plan: SafetyPlan): { label: string; items: string[] }[] {
  return SAFETY_PLAN_STEPS.filter(([key]) => plan[key].length > 0).map(([key, label]) => ({
    label,
    items: plan[key],
  }));
}

function blocks(input: NoteTextInput): { title: string; meta: string[]; body: Block[]; footer: string[] } {
  const { note } = input;
  const title = `Psychotherapy progress note (${FORMAT_NAMES[note.format]})`;
  const meta = [
    `Session: ${note.period.start} to ${note.period.end}`,
    `Clinician: ${input.clinician}`,
    `Status: ${note.docStatus === 'final' ? 'signed' : 'preliminary, to be signed in the EHR'}`,
  ];
  if (input.amendmentOf) meta.push(`Amendment: replaces ${input.amendmentOf}`);
  const body: Block[] = note.sections.map((section) => ({
    heading: section.title,
    lines: statementLines(section),
  }));
  if (note.riskAssessment) body.push({ heading: 'Risk assessment', lines: riskLines(note.riskAssessment) });
  body.push({
    heading: 'Homework',
    lines: note.homework.length > 0 ? homeworkLines(note.homework) : ['None assigned.'],
  });
  if (note.safetyPlan) body.push({ heading: 'Safety plan (Stanley–Brown)', lines: safetyPlanLines(note.safetyPlan) });
  const footer = note.aiDisclosure
    ? [note.aiDisclosure, `Reviewed and approved by ${input.clinician} on ${input.approvedAt.slice(0, 10)}.`]
    : [standardDisclosure(note.ai, input.clinician, input.approvedAt)];
  footer.push(describeConsent(input.consent));
  return { title, meta, body, footer };
}

/** The note as plain text: what every EHR accepts, and what a records clerk reads. */
export function renderNotePlain(input: NoteTextInput): string {
  const { title, meta, body, footer } = blocks(input);
  const out = [title, ...meta, ''];
  for (const block of body) {
    out.push(block.heading.toUpperCase(), ...block.lines, '');
  }
  out.push(...footer);
  return out.join('\n') + '\n';
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The same note as a small self-contained HTML document, for EHRs that display HTML. */
export function renderNoteHtml(input: NoteTextInput): string {
  const { title, meta, body, footer } = blocks(input);
  const parts = [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>',
    escapeHtml(title),
    '</title></head><body>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${meta.map(escapeHtml).join('<br>')}</p>`,
  ];
  for (const block of body) {
    parts.push(`<h2>${escapeHtml(block.heading)}</h2>`);
    parts.push(`<p>${block.lines.map(escapeHtml).join('<br>')}</p>`);
  }
  parts.push(`<p><em>${footer.map(escapeHtml).join('<br>')}</em></p>`, '</body></html>');
  return parts.join('');
}

import type {
  CarePlan,
  CarePlanActivity,
  Encounter,
  Patient,
  Practitioner,
  Reference,
  Timing,
} from '@medplum/fhirtypes';
import type { ApprovedHomework, SafetyPlan } from './approval.ts';
import { labelledMeta } from './aiTransparency.ts';
import { CARE_PLAN_KIND, IDENTIFIER_SYSTEM } from './codes.ts';
import { describeSchedule, safetyPlanSteps } from './noteText.ts';

/**
 * Homework and the Stanley–Brown safety plan as R4 CarePlans: `active`, intent `plan`, one
 * `activity.detail` per item, performed by the patient. No `activity.detail.kind`: it names a
 * request resource type, and these activities are plain instructions.
 */

export type CarePlanPart = 'homework' | 'safety-plan';

export interface CarePlanContext {
  writeId: string;
  patient: Reference<Patient>;
  encounter?: Reference<Encounter>;
  author: Reference<Practitioner>;
  /** When the clinician approved the plan (ISO date-time). */
  approvedAt: string;
  aiAssisted: boolean;
}

export function carePlanIdentifierValue(writeId: string, part: CarePlanPart): string {
  return `${writeId}:${part}`;
}

export function carePlanIdentifierQuery(writeId: string, part: CarePlanPart): string {
  return `identifier=${encodeURIComponent(`${IDENTIFIER_SYSTEM.carePlan}|${carePlanIdentifierValue(writeId, part)}`)}`;
}

const UCUM = 'http://unitsofmeasure.org';

/** A homework schedule as a FHIR Timing; `as_needed` has no timing and is said in words instead. */
export function homeworkTiming(item: ApprovedHomework): Timing | undefined {
  const s = item.schedule;
  if (!s || s.frequency === 'as_needed') return undefined;
  const repeat: NonNullable<Timing['repeat']> =
    s.frequency === 'daily'
      ? { frequency: 1, period: 1, periodUnit: 'd' }
      : s.frequency === 'weekly'
        ? { frequency: 1, period: 1, periodUnit: 'wk' }
        : { frequency: s.timesPerWeek ?? 1, period: 1, periodUnit: 'wk' };
  if (s.durationMinutes) {
    repeat.duration = s.durationMinutes;
    repeat.durationUnit = 'min';
  }
  if (s.weeks) repeat.boundsDuration = { value: s.weeks, unit: 'wk', system: UCUM, code: 'wk' };
  const timing: Timing = { repeat };
  const words = describeSchedule(item);
  if (words) timing.code = { text: words };
  return timing;
}

function base(ctx: CarePlanContext, part: CarePlanPart, title: string): CarePlan {
  const plan: CarePlan = {
    resourceType: 'CarePlan',
    meta: labelledMeta({ writeId: ctx.writeId, aiAssisted: ctx.aiAssisted }),
    identifier: [{ system: IDENTIFIER_SYSTEM.carePlan, value: carePlanIdentifierValue(ctx.writeId, part) }],
    status: 'active',
    intent: 'plan',
    title,
    subject: ctx.patient,
    created: ctx.approvedAt,
    author: ctx.author,
    period: { start: ctx.approvedAt },
  };
  if (ctx.encounter) plan.encounter = ctx.encounter;
  return plan;
}

export function buildHomeworkCarePlan(ctx: CarePlanContext, items: readonly ApprovedHomework[]): CarePlan {
  const plan = base(ctx, 'homework', CARE_PLAN_KIND.homework);
  plan.description = `${items.length} between-session assignment${items.length === 1 ? '' : 's'}`;
  plan.activity = items.map((item): CarePlanActivity => {
    const timing = homeworkTiming(item);
    const detail: NonNullable<CarePlanActivity['detail']> = {
      status: 'not-started',
      description: `${item.title}: ${item.instructions}`,
      performer: [ctx.patient],
    };
    if (timing) detail.scheduledTiming = timing;
    else detail.scheduledString = describeSchedule(item) ?? 'Before the next session';
    return { detail };
  });
  return plan;
}

export function buildSafetyPlanCarePlan(ctx: CarePlanContext, safetyPlan: SafetyPlan): CarePlan {
  const plan = base(ctx, 'safety-plan', CARE_PLAN_KIND.safetyPlan);
  plan.description = 'Stanley–Brown safety plan: steps to take, in order, when a crisis may be building';
  plan.activity = safetyPlanSteps(safetyPlan).map((step): CarePlanActivity => ({
    detail: {
      status: 'not-started',
      description: `${step.label}: ${step.items.join('; ')}`,
      scheduledString: 'When warning signs appear',
      performer: [ctx.patient],
    },
  }));
  return plan;
}

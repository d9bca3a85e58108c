/**
 * A first draft of the Stanley–Brown safety plan from what the session already holds: the words
 * that raised the risk as warning signs, the coping skills the clinician used, the crisis
 * contacts of the protocol and the clinician. The rest is for clinician and client to write.
 */
import type { SessionRisk } from '../api/schemas.ts';
import { SAFETY_PLAN_STEPS, type SafetyPlanDraft, type SuggestionCard, riskWords } from './session.ts';

const COPING_MODALITIES = new Set(['grounding', 'DBT', 'ACT', 'behavioural_activation']);

export function emptySafetyPlan(): SafetyPlanDraft {
  return {
    ...(Object.fromEntries(SAFETY_PLAN_STEPS.map((s) => [s.key, []])) as unknown as Omit<SafetyPlanDraft, 'origin'>),
    origin: 'ai',
  };
}

export function prefillSafetyPlan(input: {
  risk: SessionRisk | null;
  suggestions: SuggestionCard[];
  clinicianName?: string;
}): SafetyPlanDraft {
  const plan = emptySafetyPlan();
  plan.warningSigns = riskWords(input.risk).map((w) => `When I think or say: “${w}”`);
  plan.internalCopingStrategies = input.suggestions
    .filter((c) => (c.status === 'used' || c.status === 'edited') && COPING_MODALITIES.has(c.intervention.modality))
    .map((c) => c.intervention.title);
  const contacts = (input.risk?.protocols ?? []).flatMap((p) => p.resources.map((r) => `${r.name}: ${r.contact}`));
  plan.professionalsAndAgencies = [
    ...(input.clinicianName ? [`My clinician: ${input.clinicianName}`] : []),
    ...new Set(contacts),
  ];
  return plan;
}

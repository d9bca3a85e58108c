import type { Device, Practitioner, Provenance, ProvenanceEntity, Reference } from '@medplum/fhirtypes';
import type { AiAssistance } from './approval.ts';
import { labelledMeta } from './aiTransparency.ts';
import { AI_DEVICE_TYPE_AI, AIAST, IDENTIFIER_SYSTEM, PARTICIPANT_AUTHOR, PARTICIPANT_VERIFIER } from './codes.ts';

/**
 * HL7 AI Transparency AIProvenance for what the clinician approved: the AI Device as `author`,
 * the clinician as `verifier` (the human review AIAST alone does not express), reason AIAST,
 * and the prompt version and model card as entities.
 */

export interface AiProvenanceInput {
  writeId: string;
  targets: readonly Reference[];
  /** When the clinician approved (ISO instant). */
  recorded: string;
  /** The session the content came from. */
  occurred?: { start: string; end: string };
  device: Reference<Device>;
  clinician: Reference<Practitioner>;
  ai: AiAssistance;
  policyUri?: string;
}

export function buildAiProvenance(input: AiProvenanceInput): Provenance {
  const entity: ProvenanceEntity[] = [
    {
      role: 'source',
      what: {
        identifier: { system: IDENTIFIER_SYSTEM.prompt, value: input.ai.promptVersion },
        display: `Prompt template ${input.ai.promptVersion}`,
      },
    },
  ];
  if (input.ai.modelCardUrl) {
    entity.push({
      role: 'source',
      what: {
        identifier: { system: IDENTIFIER_SYSTEM.modelCard, value: input.ai.modelCardUrl },
        display: `Model card for ${input.ai.model}`,
      },
    });
  }
  const provenance: Provenance = {
    resourceType: 'Provenance',
    meta: labelledMeta({ writeId: input.writeId, aiAssisted: false }),
    target: [...input.targets],
    recorded: input.recorded,
    reason: [{ coding: [{ ...AIAST }] }],
    agent: [
      {
        type: { coding: [{ ...PARTICIPANT_AUTHOR }] },
        role: [{ coding: [{ ...AI_DEVICE_TYPE_AI }] }],
        who: input.device,
      },
      { type: { coding: [{ ...PARTICIPANT_VERIFIER }] }, who: input.clinician },
    ],
    entity,
  };
  if (input.occurred) provenance.occurredPeriod = { ...input.occurred };
  if (input.policyUri) provenance.policy = [input.policyUri];
  return provenance;
}

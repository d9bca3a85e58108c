import type { Device, Reference } from '@medplum/fhirtypes';
import type { AiAssistance } from './approval.ts';
import { AI_DEVICE_TYPE_AI, AI_KIND_EXTENSION, AI_KIND_LLM, IDENTIFIER_SYSTEM } from './codes.ts';

/**
 * The assistant as an HL7 AI Transparency AIDevice: `type` Artificial-Intelligence, the model
 * name as model number, and the AIKind extension when the model is a large language model. One
 * Device per provider and model, shared by every approval that used it (conditional create on
 * its identifier).
 */

export function deviceIdentifierValue(ai: Pick<AiAssistance, 'provider' | 'model'>): string {
  return `${ai.provider}:${ai.model}`;
}

export function deviceIdentifierQuery(ai: Pick<AiAssistance, 'provider' | 'model'>): string {
  return `identifier=${encodeURIComponent(`${IDENTIFIER_SYSTEM.device}|${deviceIdentifierValue(ai)}`)}`;
}

export function deviceDisplay(ai: Pick<AiAssistance, 'provider' | 'model'>): string {
  return `Session Copilot assistant (${ai.provider}, ${ai.model})`;
}

/** A logical reference, for a server that holds the Provenance but not the Device. */
export function deviceLogicalReference(ai: Pick<AiAssistance, 'provider' | 'model'>): Reference<Device> {
  return {
    type: 'Device',
    identifier: { system: IDENTIFIER_SYSTEM.device, value: deviceIdentifierValue(ai) },
    display: deviceDisplay(ai),
  };
}

export function buildAiDevice(ai: AiAssistance, appVersion: string): Device {
  const device: Device = {
    resourceType: 'Device',
    identifier: [{ system: IDENTIFIER_SYSTEM.device, value: deviceIdentifierValue(ai) }],
    status: 'active',
    type: { coding: [{ ...AI_DEVICE_TYPE_AI }], text: 'AI assistant' },
    deviceName: [
      { name: deviceDisplay(ai), type: 'user-friendly-name' },
      { name: ai.model, type: 'model-name' },
    ],
    modelNumber: ai.model,
    version: [{ type: { text: 'Session Copilot' }, value: appVersion }],
  };
  if (ai.provider === 'openai') {
    device.extension = [{ url: AI_KIND_EXTENSION, valueCodeableConcept: { coding: [{ ...AI_KIND_LLM }] } }];
  }
  if (ai.modelCardUrl) device.url = ai.modelCardUrl;
  return device;
}

import type { Coding, Meta, Resource } from '@medplum/fhirtypes';
import { AIAST, WRITE_TAG_SYSTEM } from './codes.ts';

/**
 * HL7 AI Transparency labels. A resource the assistant helped produce carries the AIAST security
 * label in `meta.security`; every resource of one approval carries the same write tag so the set
 * can be found again (and conditionally created) as a unit.
 */

export function writeTag(writeId: string): Coding {
  return { system: WRITE_TAG_SYSTEM, code: writeId };
}

export function labelledMeta(options: { writeId: string; aiAssisted: boolean }): Meta {
  const meta: Meta = { tag: [writeTag(options.writeId)] };
  if (options.aiAssisted) meta.security = [{ ...AIAST }];
  return meta;
}

export function isAiAsserted(resource: Resource): boolean {
  return (resource.meta?.security ?? []).some((c) => c.system === AIAST.system && c.code === AIAST.code);
}

/** The `_tag` search value that finds the resources of one approval. */
export function writeTagQuery(writeId: string): string {
  return `_tag=${encodeURIComponent(`${WRITE_TAG_SYSTEM}|${writeId}`)}`;
}

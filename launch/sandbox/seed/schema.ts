import { z } from 'zod';

export const PractitionerSeed = z.object({
  key: z.string(),
  given: z.array(z.string()),
  family: z.string(),
  prefix: z.array(z.string()).optional(),
  suffix: z.array(z.string()).optional(),
  gender: z.enum(['male', 'female', 'other', 'unknown']),
  npi: z.string().regex(/^\d{10}$/),
  qualification: z.object({ code: z.string(), display: z.string() }),
  phone: z.string(),
  email: z.string(),
});

const RelatedSeed = z.object({
  relationship: z.string(),
  relationshipDisplay: z.string(),
  given: z.array(z.string()),
  family: z.string(),
  phone: z.string(),
  email: z.string().optional(),
});

export const PatientSeed = z.object({
  key: z.string(),
  given: z.array(z.string()),
  family: z.string(),
  gender: z.enum(['male', 'female', 'other', 'unknown']),
  birthDate: z.iso.date(),
  language: z.object({ code: z.string(), display: z.string() }),
  interpreter: z.boolean().optional(),
  race: z.string(),
  ethnicity: z.string(),
  phone: z.string(),
  email: z.string().optional(),
  address: z.object({ line: z.array(z.string()), city: z.string(), state: z.string(), postalCode: z.string() }),
  practitioner: z.string(),
  /** Position in the practitioner's day: slot 0 starts at 08:00, one hour apart. */
  slot: z.number().int().min(0).max(9),
  reason: z.object({ code: z.string(), display: z.string() }),
  related: z.array(RelatedSeed).optional(),
});

export const NoteSeed = z.object({
  key: z.string(),
  patient: z.string(),
  practitioner: z.string(),
  daysAgo: z.number().int().positive(),
  loinc: z.enum(['34904-3', '11506-3']),
  contentType: z.enum(['text/plain', 'text/html']),
  text: z.string(),
  docStatus: z.enum(['preliminary', 'final']).optional(),
  aiAssisted: z.boolean().optional(),
  /** What the session handed to the next one: the risk the clinician confirmed, themes, goals. */
  session: z
    .object({
      risk: z.enum(['none', 'low', 'moderate', 'high']),
      themes: z.array(z.string()),
      goals: z.array(z.string()),
    })
    .optional(),
});

export const CarePlanSeed = z.object({
  key: z.string(),
  patient: z.string(),
  practitioner: z.string(),
  daysAgo: z.number().int().positive(),
  title: z.string(),
  status: z.enum(['active', 'completed']).optional(),
  activities: z.array(
    z.object({
      description: z.string(),
      schedule: z.string(),
      status: z.enum(['not-started', 'scheduled', 'in-progress', 'completed']),
    })
  ),
});

export const ConsentSeed = z.object({
  key: z.string(),
  patient: z.string(),
  daysAgo: z.number().int().positive(),
  decision: z.enum(['permit', 'deny']),
  status: z.enum(['active', 'inactive']),
  revokedDaysAgo: z.number().int().positive().optional(),
});

export type PractitionerSeed = z.infer<typeof PractitionerSeed>;
export type PatientSeed = z.infer<typeof PatientSeed>;
export type NoteSeed = z.infer<typeof NoteSeed>;
export type CarePlanSeed = z.infer<typeof CarePlanSeed>;
export type ConsentSeed = z.infer<typeof ConsentSeed>;

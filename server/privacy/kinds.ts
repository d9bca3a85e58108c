import { z } from 'zod';

/**
 * The HIPAA Safe Harbor identifier kinds (45 CFR 164.514(b)(2)) that can appear in text.
 * Full-face photographs have no textual form; BIOMETRIC exists so a caller's own
 * detector can label voice-print or fingerprint identifiers with the standard kind.
 */
export const IdentifierKind = z.enum([
  'NAME',
  'LOCATION',
  'DATE',
  'PHONE',
  'FAX',
  'EMAIL',
  'SSN',
  'MRN',
  'HEALTH_PLAN',
  'ACCOUNT',
  'LICENSE',
  'VEHICLE',
  'DEVICE',
  'URL',
  'IP',
  'BIOMETRIC',
  'OTHER_ID',
]);
export type IdentifierKind = z.infer<typeof IdentifierKind>;

/** Which detector found a span: the chart dictionary, a pattern, or name/place recognition. */
export const IdentifierSource = z.enum(['dictionary', 'pattern', 'ner']);
export type IdentifierSource = z.infer<typeof IdentifierSource>;

/** One identifier found in a text: character offsets (end exclusive) and the exact characters. */
export const IdentifierSpan = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: IdentifierKind,
  text: z.string(),
  source: IdentifierSource,
});
export type IdentifierSpan = z.infer<typeof IdentifierSpan>;

/**
 * One thing the chart says about a person, and the forms it may take in speech.
 * `entity` groups the forms that must share one placeholder (every spelling of one person).
 * `phrases` are folded word sequences ("maria elena lopez", "march 7th"); `ambiguous` lists
 * those that are also everyday words ("hope", "will", "maple"): they match only where the
 * text treats them as names. `codes` are letters and digits only ("9375550142"), matched
 * whatever separators the text puts between them. `date` lets any spelling of a birth date
 * that the date patterns find be recognised as this one.
 */
export const DictionaryEntry = z.object({
  kind: IdentifierKind,
  entity: z.string().min(1),
  value: z.string().min(1),
  phrases: z.array(z.string().min(1)),
  ambiguous: z.array(z.string()),
  codes: z.array(z.string().min(2)),
  date: z
    .object({
      year: z.number().int().optional(),
      month: z.number().int().min(1).max(12),
      day: z.number().int().min(1).max(31),
    })
    .optional(),
});
export type DictionaryEntry = z.infer<typeof DictionaryEntry>;

export const IdentifierDictionary = z.object({
  entries: z.array(DictionaryEntry),
});
export type IdentifierDictionary = z.infer<typeof IdentifierDictionary>;

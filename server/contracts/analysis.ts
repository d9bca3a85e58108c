import { z } from 'zod';
import { RiskLevel } from '../../fhir/clinicalTerms.ts';

/** Who said an utterance. `unknown` is used when diarisation could not tell. */
export const Speaker = z.enum(['client', 'clinician', 'unknown']);
export type Speaker = z.infer<typeof Speaker>;

/** One line of a transcript, as typed, pasted, transcribed or read from JSON Lines. */
export const Utterance = z.object({
  id: z.string().trim().min(1, 'id must be a non-empty string').max(200, 'id must be at most 200 characters'),
  speaker: Speaker,
  text: z.string().max(10_000, 'text must be at most 10000 characters'),
});
export type Utterance = z.infer<typeof Utterance>;

export const RiskCategory = z.enum(['suicide', 'self_harm', 'violence', 'abuse']);
export type RiskCategory = z.infer<typeof RiskCategory>;

/** Harm to oneself: a flag in either calls for a safety plan and is what the C-SSRS screener scores. */
export const SELF_DIRECTED: readonly RiskCategory[] = ['suicide', 'self_harm'];

export { RiskLevel } from '../../fhir/clinicalTerms.ts';

/**
 * What a piece of evidence says, in the order the C-SSRS screener asks and then by kind of harm:
 * read by the note writer, the risk model and the sidebar instead of the rule's identifier.
 */
export const RiskEvidenceKind = z.enum([
  /** A wish to be dead or not alive, not waking up, no reason to live. */
  'passive_wish',
  /** Others would be better off without the client (perceived burdensomeness). */
  'burden',
  /** The belief that no one would care if the client died. */
  'no_one_would_care',
  /** Thoughts of killing or harming oneself or someone, urges, telling someone to die. */
  'ideation',
  /** A method or means thought of. */
  'method',
  /** Intent to act. */
  'intent',
  /** A decision said beside other risk words ("I've made up my mind"). */
  'decision',
  /** A means obtained beside other risk words ("I bought a gun"). */
  'means_obtained',
  'plan',
  /** Preparatory acts: goodbyes, letters, giving things away, gathering the means. */
  'preparation',
  /** An attempt, interrupted or aborted attempt. */
  'attempt',
  /** An act of self-harm or violence. */
  'act',
  'abuse_physical',
  'abuse_sexual',
  'neglect',
  'abuse_financial',
  /** Threats of harm against the client. */
  'threat',
  /** The client is afraid at home or of someone. */
  'fear',
  'bullying',
  /** Abuse whose kind the words do not say. */
  'abuse_other',
  /** A yes to a clinician's screening question: it is what was asked. */
  'affirmed_answer',
  /** Possible risk language from the broad lexical screen: a prompt to ask, not a finding. */
  'possible_risk_language',
  /** The risk model's reading of the whole turn, with no rule span of its own. */
  'model_reading',
]);
export type RiskEvidenceKind = z.infer<typeof RiskEvidenceKind>;

/** What the clinician should do with evidence the broad lexical screen found. */
export const SCREEN_HINT = 'Possible risk language — ask the screening questions.';

/** Why a flag was raised: the exact characters and the rule or model that fired. */
export const RiskEvidence = z.object({
  category: RiskCategory,
  level: RiskLevel,
  /** Character offsets into the utterance text, end exclusive. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** Stable rule identifier, e.g. `suicide.plan`, or a model name: to look the rule up, never to parse. */
  rule: z.string(),
  kind: RiskEvidenceKind,
  source: z.enum(['rule', 'model', 'llm']),
  /**
   * `precise`: a phrase a rule was written for. `screen`: possible risk language found by the
   * broad lexical screen where no precise rule fired: a prompt to ask the screening questions,
   * not a finding. Absent means precise.
   */
  tier: z.enum(['precise', 'screen']).optional(),
  /** What the clinician should do with this evidence, when it is not a finding in itself. */
  hint: z.string().optional(),
  /**
   * Whose words carry it: the client's own (`own_words`), or the client's yes to a clinician's
   * question or summary (`affirmed`), whose content the span (the client's answer) inherits.
   */
  basis: z.enum(['own_words', 'affirmed']).optional(),
});
export type RiskEvidence = z.infer<typeof RiskEvidence>;

/** How a reading changed once the client's next turn was read, and why. */
export const RiskRevision = z.object({
  change: z.enum(['raised', 'raised_higher', 'lowered', 'withdrawn']),
  /** The level shown before the client's next turn. */
  from: RiskLevel,
  /** One sentence for the clinician, quoting the client's words that changed the reading. */
  reason: z.string(),
});
export type RiskRevision = z.infer<typeof RiskRevision>;

export const RiskAssessment = z.object({
  level: RiskLevel,
  categories: z.array(RiskCategory),
  evidence: z.array(RiskEvidence),
  /** Present on a reading revised one turn later, when the client's next turn changed it. */
  revision: RiskRevision.optional(),
  /** Calibrated probability of any risk, per category read (0–1), from the risk model. */
  scores: z.partialRecord(RiskCategory, z.number().min(0).max(1)).optional(),
});
export type RiskAssessment = z.infer<typeof RiskAssessment>;

export const GoEmotionLabel = z.enum([
  'admiration',
  'amusement',
  'anger',
  'annoyance',
  'approval',
  'caring',
  'confusion',
  'curiosity',
  'desire',
  'disappointment',
  'disapproval',
  'disgust',
  'embarrassment',
  'excitement',
  'fear',
  'gratitude',
  'grief',
  'joy',
  'love',
  'nervousness',
  'optimism',
  'pride',
  'realization',
  'relief',
  'remorse',
  'sadness',
  'surprise',
  'neutral',
]);
export type GoEmotionLabel = z.infer<typeof GoEmotionLabel>;

export const EkmanLabel = z.enum(['anger', 'disgust', 'fear', 'joy', 'sadness', 'surprise', 'neutral']);
export type EkmanLabel = z.infer<typeof EkmanLabel>;

export const EmotionResult = z.object({
  /** Labels above their decision threshold, highest score first (at least one). */
  labels: z.array(z.object({ label: GoEmotionLabel, score: z.number().min(0).max(1) })),
  /** Ekman groups above their decision threshold, highest score first (at least one). */
  ekman: z.array(z.object({ label: EkmanLabel, score: z.number().min(0).max(1) })),
  /** -1 (most negative) to 1 (most positive). */
  valence: z.number().min(-1).max(1),
});
export type EmotionResult = z.infer<typeof EmotionResult>;

/** The per-utterance result: the `analyze` command line prints exactly this, one per line. */
export const UtteranceAnalysis = z.object({
  id: z.string(),
  risk: RiskAssessment,
  emotions: EmotionResult,
  spike: z.boolean(),
});
export type UtteranceAnalysis = z.infer<typeof UtteranceAnalysis>;

/** A crisis line or service to show with a protocol. */
export const CrisisResource = z.object({
  name: z.string().min(1),
  /** How to reach it, as a person would dial or type it ("Call or text 988"). */
  contact: z.string().min(1),
});
export type CrisisResource = z.infer<typeof CrisisResource>;

/** What to do when a category of risk is flagged: shown with the flag, configurable per jurisdiction. */
export const CrisisProtocol = z.object({
  /** Stable identifier, e.g. `us.suicide`; recorded in notes as the protocol that was shown. */
  id: z.string().min(1),
  category: RiskCategory,
  title: z.string().min(1),
  steps: z.array(z.string().min(1)).min(1),
  resources: z.array(CrisisResource),
  /** Stanley–Brown safety-plan steps. */
  safetyPlanSteps: z.array(z.string().min(1)).optional(),
  /** Lethal-means counselling prompts. */
  meansRestriction: z.array(z.string().min(1)).optional(),
  /** Legal and ethical reminders: duty to warn or protect, mandated reporting. */
  reminders: z.array(z.string().min(1)).optional(),
  /** The questions to ask when only possible risk language was heard (a `screen` flag). */
  screeningQuestions: z.array(z.string().min(1)).optional(),
});
export type CrisisProtocol = z.infer<typeof CrisisProtocol>;

/** A jurisdiction's protocols: exactly one per risk category. */
export const CrisisProtocolSet = z
  .object({
    jurisdiction: z.string().min(1),
    protocols: z.array(CrisisProtocol),
  })
  .superRefine((set, ctx) => {
    for (const category of RiskCategory.options) {
      const count = set.protocols.filter((p) => p.category === category).length;
      if (count !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['protocols'],
          message: `needs exactly one protocol for category "${category}" (found ${count})`,
        });
      }
    }
  });
export type CrisisProtocolSet = z.infer<typeof CrisisProtocolSet>;

/** One flagged utterance in a session. */
export const RiskFlag = z.object({
  utteranceId: z.string(),
  level: RiskLevel,
  categories: z.array(RiskCategory),
  evidence: z.array(RiskEvidence),
});
export type RiskFlag = z.infer<typeof RiskFlag>;

/** A session's risk so far: the highest level reached, per category and overall, and what to do. */
export const SessionRisk = z.object({
  level: RiskLevel,
  byCategory: z.record(RiskCategory, RiskLevel),
  flags: z.array(RiskFlag),
  /** The protocol of every category flagged so far, in category order. */
  protocols: z.array(CrisisProtocol),
});
export type SessionRisk = z.infer<typeof SessionRisk>;

/** A line of `analyze` output for an input line that could not be analysed. */
export const AnalyzeError = z.object({
  id: z.string().optional(),
  error: z.string(),
});
export type AnalyzeError = z.infer<typeof AnalyzeError>;

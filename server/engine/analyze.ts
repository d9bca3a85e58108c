import type {
  CrisisProtocolSet,
  RiskAssessment,
  SessionRisk,
  Utterance,
  UtteranceAnalysis,
} from '../contracts/analysis.ts';
import { classifyEmotions } from './emotion/classify.ts';
import { createSpikeTracker, type SpikeParamsInput } from './emotion/spike.ts';
import { createConversationState } from './safety/conversation.ts';
import { CATEGORY_ORDER, detectRiskExhaustive, readUtterance } from './safety/detect.ts';
import { compareLevels, maxLevel } from './safety/levels.ts';
import { DEFAULT_PROTOCOLS, loadCrisisProtocols } from './safety/protocols.ts';
import { createSessionRiskTracker } from './safety/session.ts';

export interface SessionAnalyzerOptions {
  /** Crisis protocols to show with flags (default: the US set). */
  protocols?: CrisisProtocolSet;
  /** A jurisdiction's protocol file (`CRISIS_PROTOCOL_FILE`); read once and validated. */
  crisisProtocolFile?: string;
  /** Spike detection parameters (see the emotion model card). */
  spike?: SpikeParamsInput;
}

export interface SessionAnalyzer {
  /** Analyses the next utterance of the session, in order. */
  analyze(u: Utterance): UtteranceAnalysis;
  /** The session's risk so far. */
  risk(): SessionRisk;
}

const protocolFiles = new Map<string, CrisisProtocolSet>();

function protocolsFrom(opts: SessionAnalyzerOptions): CrisisProtocolSet {
  if (opts.protocols) return opts.protocols;
  if (!opts.crisisProtocolFile) return DEFAULT_PROTOCOLS;
  let set = protocolFiles.get(opts.crisisProtocolFile);
  if (!set) {
    set = loadCrisisProtocols(opts.crisisProtocolFile);
    protocolFiles.set(opts.crisisProtocolFile, set);
  }
  return set;
}

/** Sentences that between them reach every rule family, the screen and the emotion model. */
const WARM_UP_TEXTS = [
  'My manager sends messages at ten at night and I feel like I have to answer straight away.',
  "Some nights I don't want to be here, I've been saving up my pills and wrote letters to everyone.",
  'He hits me when he drinks and I worry about what he does to the kids; sometimes I want to hurt him.',
  'Me quiero morir, ya no aguanto, mi papá me pega.',
  'I cut myself again last week and I picked a date, I know how I would do it.',
];

/**
 * Runs every safety rule and the emotion model once, so the first utterance of the first session
 * is not the one that pays for compiling hundreds of patterns (several hundred milliseconds cold).
 */
export function warmUpAnalyzer(): void {
  for (const text of WARM_UP_TEXTS) {
    for (const speaker of ['client', 'clinician'] as const) {
      detectRiskExhaustive({ id: 'warm-up', speaker, text });
      classifyEmotions(text);
    }
  }
}

/**
 * One live session's analysis: safety (rules, plus the answers to screening questions),
 * emotions and spikes. Clinician utterances get emotions, but only the client's feed the
 * spike baseline, and a clinician's question is never read as a disclosure.
 */
export function createSessionAnalyzer(opts: SessionAnalyzerOptions = {}): SessionAnalyzer {
  const tracker = createSessionRiskTracker(protocolsFrom(opts));
  const spikes = createSpikeTracker(opts.spike);
  const conversation = createConversationState();

  return {
    analyze(u) {
      const reading = readUtterance(u, conversation.contextFor(u));
      const answer = conversation.answerRisk(u);
      const risk = answer ? merge(reading.risk, answer) : reading.risk;
      conversation.observe(u, risk, reading.asked, reading.namesEverydayPlan);
      tracker.record(u.id, risk);
      const emotions = classifyEmotions(u.text);
      const spike = u.speaker === 'clinician' ? false : spikes.update(emotions).spike;
      return { id: u.id, risk, emotions, spike };
    },
    risk() {
      return tracker.snapshot();
    },
  };
}

function merge(a: RiskAssessment, b: RiskAssessment): RiskAssessment {
  const categories = CATEGORY_ORDER.filter((c) => a.categories.includes(c) || b.categories.includes(c));
  const evidence = [...a.evidence, ...b.evidence].sort((x, y) => x.start - y.start || compareLevels(y.level, x.level));
  return { level: maxLevel(a.level, b.level), categories, evidence };
}

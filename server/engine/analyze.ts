import type {
  CrisisProtocolSet,
  EmotionResult,
  RiskAssessment,
  RiskCategory,
  RiskLevel,
  RiskRevision,
  SessionRisk,
  Utterance,
  UtteranceAnalysis,
} from '../contracts/analysis.ts';
import { classifyEmotions } from './emotion/classify.ts';
import { createSpikeTracker, type SpikeParamsInput } from './emotion/spike.ts';
import { NO_EMOTION, spoken, spokenInput, withoutPositive, words } from './emotion/spoken.ts';
import { riskModel, type RiskModel } from './risk/model.ts';
import { RECENT_TURNS } from './risk/window.ts';
import { createWindowBuilder, NO_RISK, type WindowUpdate } from './risk/windows.ts';
import { levelRank } from './safety/levels.ts';
import { DEFAULT_PROTOCOLS, loadCrisisProtocols } from './safety/protocols.ts';
import { createSessionRiskTracker } from './safety/session.ts';

export interface SessionAnalyzerOptions {
  /** Crisis protocols to show with flags (default: the US set). */
  protocols?: CrisisProtocolSet;
  /** A jurisdiction's protocol file (`CRISIS_PROTOCOL_FILE`); read once and validated. */
  crisisProtocolFile?: string;
  /** Spike detection parameters (see the emotion model card). */
  spike?: SpikeParamsInput;
  /** The risk model (default: the committed weights). */
  model?: RiskModel;
}

/** What one new utterance changes: its own reading, and earlier readings its words completed. */
export interface AnalysisStep {
  /** The utterance's reading now: final for a clinician's turn, provisional for the client's. */
  analysis: UtteranceAnalysis;
  /** Earlier utterances whose reading changed now that their window is read (with the reason). */
  revised: UtteranceAnalysis[];
  /** Ids whose reading is now final, in the order they were said (this one included when final). */
  final: string[];
}

export interface SessionAnalyzer {
  /** Analyses the next utterance of the session, in order; see `step` for the revisions it causes. */
  analyze(u: Utterance): UtteranceAnalysis;
  /** Analyses the next utterance, and says which earlier readings it revised or made final. */
  step(u: Utterance): AnalysisStep;
  /** Ends the session: the readings still waiting for the client's next turn are final as they are. */
  close(): Omit<AnalysisStep, 'analysis'>;
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

/** Turns that between them reach every rule family, the screen, the risk model and the emotion model. */
const WARM_UP_TURNS: Utterance[] = [
  { id: 'w1', speaker: 'clinician', text: 'Have you had any thoughts of killing yourself?' },
  {
    id: 'w2',
    speaker: 'client',
    text: "Some nights I don't want to be here, I've been saving up my pills and wrote letters to everyone.",
  },
  {
    id: 'w3',
    speaker: 'client',
    text: 'He hits me when he drinks and I worry about what he does to the kids; sometimes I want to hurt him.',
  },
  { id: 'w4', speaker: 'client', text: 'Me quiero morir, ya no aguanto, mi papá me pega.' },
  { id: 'w5', speaker: 'client', text: 'I cut myself again last week and I picked a date, I know how I would do it.' },
  {
    id: 'w6',
    speaker: 'client',
    text: 'My manager sends messages at ten at night and I feel like I have to answer straight away.',
  },
];

/**
 * Runs every safety rule, the risk model and the emotion model once, so the first utterance of
 * the first session is not the one that pays for compiling hundreds of patterns.
 */
export function warmUpAnalyzer(): void {
  const analyzer = createSessionAnalyzer();
  for (const u of WARM_UP_TURNS) analyzer.step(u);
  analyzer.close();
}

/** Short turns ("Yeah.", "No.", "Thanks.") are too little to call a sharp change of feeling. */
const SPIKE_MIN_WORDS = 4;

function flagsOf(risk: RiskAssessment): Array<{ category: RiskCategory; level: RiskLevel }> {
  const out = new Map<RiskCategory, RiskLevel>();
  for (const e of risk.evidence)
    if (levelRank(e.level) > levelRank(out.get(e.category) ?? 'none')) out.set(e.category, e.level);
  return [...out].map(([category, level]) => ({ category, level }));
}

function quote(text: string): string {
  const t = text.trim();
  return `“${t.slice(0, 120)}${t.length > 120 ? '…' : ''}”`;
}

/**
 * Why a shown reading changed one turn later. When the clinician spoke between, their words are
 * named too: the client's next words may answer them rather than explain this turn.
 */
function revisionOf(
  before: RiskAssessment,
  after: RiskAssessment,
  next: { text: string; between: string } | undefined,
): RiskRevision | undefined {
  const from = before.level;
  if (from === after.level && before.categories.join() === after.categories.join()) return undefined;
  const cause = !next
    ? 'the turns that followed'
    : next.between.trim()
      ? `the client's next words, ${quote(next.text)}, after the clinician's ${quote(next.between)},`
      : `the client's next words, ${quote(next.text)},`;
  if (after.level === 'none') {
    return {
      change: 'withdrawn',
      from,
      reason: `Withdrawn: ${cause} explain this turn as no risk.`,
    };
  }
  if (from === 'none') {
    return {
      change: 'raised',
      from,
      reason: `Raised to ${after.level} (${after.categories.join(', ')}): ${cause} show what this turn meant.`,
    };
  }
  if (levelRank(after.level) > levelRank(from)) {
    return {
      change: 'raised_higher',
      from,
      reason: `Raised from ${from} to ${after.level}: ${cause} add to this turn.`,
    };
  }
  if (levelRank(after.level) < levelRank(from)) {
    return {
      change: 'lowered',
      from,
      reason: `Lowered from ${from} to ${after.level}: ${cause} qualify this turn.`,
    };
  }
  return {
    change: 'raised',
    from,
    reason: `Now also ${after.categories.join(', ')}: ${cause} show what this turn meant.`,
  };
}

/**
 * One live session's analysis. Each client turn is read in its window — the clinician's turn
 * before it, the client's turn before that and, once it comes, the client's next turn — by the
 * risk model; its reading is shown at once and revised one turn later when the next turn
 * changes it (raised, raised higher, lowered or withdrawn, with the reason). A clinician's
 * words are context, never a flag. Emotions read past opening "yeah"s; back-channels carry no
 * emotion and short turns no spike; risk content never reads as positive.
 */
export function createSessionAnalyzer(opts: SessionAnalyzerOptions = {}): SessionAnalyzer {
  const tracker = createSessionRiskTracker(protocolsFrom(opts));
  const spikes = createSpikeTracker(opts.spike);
  const windows = createWindowBuilder();
  const model = opts.model ?? riskModel();
  /** Client readings shown but not final yet, by id. */
  const shown = new Map<string, UtteranceAnalysis>();
  /** Ids in the order said, up to the first one whose reading is not final. */
  const order: string[] = [];
  const finalIds = new Set<string>();

  function emotionsFor(text: string, risk: RiskAssessment, emotions?: EmotionResult): EmotionResult {
    const base = emotions ?? (spoken.isBackchannel(text) ? NO_EMOTION : classifyEmotions(spokenInput(text)));
    return risk.level === 'none' ? base : withoutPositive(base);
  }

  function settle(updates: WindowUpdate[]): { revised: UtteranceAnalysis[] } {
    const revised: UtteranceAnalysis[] = [];
    for (const update of updates) {
      if (!update.final) continue;
      const before = shown.get(update.id);
      if (!before) continue;
      shown.delete(update.id);
      finalIds.add(update.id);
      const risk = model.assess(update.window);
      const revision = revisionOf(before.risk, risk, update.window.next);
      if (!revision) continue;
      const after: UtteranceAnalysis = {
        ...before,
        risk: { ...risk, revision },
        emotions: emotionsFor(update.window.text, risk, before.emotions),
      };
      tracker.record(update.id, after.risk);
      revised.push(after);
    }
    return { revised };
  }

  function drainFinal(): string[] {
    const out: string[] = [];
    while (order.length > 0 && finalIds.has(order[0]!)) {
      finalIds.delete(order[0]!);
      out.push(order.shift()!);
    }
    return out;
  }

  /** The readings shown for the client's last turns, newest first, for the next turn's window. */
  let recent: Array<{ id: string; risk: RiskAssessment }> = [];

  function step(u: Utterance): AnalysisStep {
    const updates = windows.add(u);
    const { revised } = settle(updates);
    for (const r of revised) {
      const shownBefore = recent.find((x) => x.id === r.id);
      if (shownBefore) shownBefore.risk = r.risk;
    }
    order.push(u.id);
    const own = updates.find((x) => x.id === u.id && !x.final);
    let analysis: UtteranceAnalysis;
    if (!own) {
      const emotions = spoken.isBackchannel(u.text) ? NO_EMOTION : classifyEmotions(spokenInput(u.text));
      analysis = { id: u.id, risk: NO_RISK, emotions, spike: false };
      finalIds.add(u.id);
    } else {
      own.window.recentFlags = recent.flatMap((x, d) => flagsOf(x.risk).map((f) => ({ ...f, distance: d + 1 })));
      const risk = model.assess(own.window);
      recent = [{ id: u.id, risk }, ...recent].slice(0, RECENT_TURNS);
      const emotions = emotionsFor(u.text, risk);
      const short = words(u.text).length < SPIKE_MIN_WORDS || spoken.isBackchannel(u.text);
      const spike = short ? false : spikes.update(emotions).spike;
      analysis = { id: u.id, risk, emotions, spike };
      tracker.record(u.id, risk);
      shown.set(u.id, analysis);
    }
    return { analysis, revised, final: drainFinal() };
  }

  return {
    analyze: (u) => step(u).analysis,
    step,
    close() {
      const { revised } = settle(windows.close());
      for (const id of shown.keys()) finalIds.add(id);
      shown.clear();
      return { revised, final: drainFinal() };
    },
    risk: () => tracker.snapshot(),
  };
}

/** A whole transcript at once: every utterance's final reading, in order, and the session's risk. */
export function analyzeSession(
  utterances: readonly Utterance[],
  opts: SessionAnalyzerOptions = {},
): { analyses: UtteranceAnalysis[]; risk: SessionRisk } {
  const analyzer = createSessionAnalyzer(opts);
  const analyses: UtteranceAnalysis[] = [];
  const index = new Map<string, number>();
  const revise = (revised: UtteranceAnalysis[]): void => {
    for (const r of revised) analyses[index.get(r.id)!] = r;
  };
  for (const u of utterances) {
    const step = analyzer.step(u);
    // A revision always concerns an earlier utterance, already in the list.
    revise(step.revised);
    index.set(u.id, analyses.push(step.analysis) - 1);
  }
  revise(analyzer.close().revised);
  return { analyses, risk: analyzer.risk() };
}

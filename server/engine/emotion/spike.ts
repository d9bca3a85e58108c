import { z } from 'zod';
import type { EkmanLabel, EmotionResult } from '../../contracts/analysis.ts';
import { NEGATIVE_EKMAN } from '../../contracts/emotionTaxonomy.ts';

/**
 * Spike detection against a session's rolling baseline. Each signal (valence, and the score of
 * each negative Ekman group) keeps an exponentially weighted mean and mean squared deviation;
 * an utterance is a spike when a signal moves away from its mean by at least `minDelta`
 * (absolute) and by at least `zThreshold` rolling deviations, once `warmup` utterances have
 * built the baseline, and not within `refractory` utterances of the previous spike in the same
 * direction (a drop right after a rise is news; a second drop inside one outburst is not).
 * The values and the reasons for them are in MODEL_CARD.md ("Spikes").
 */
export const SpikeParams = z.object({
  /** Utterances that build the baseline before any spike can be flagged. */
  warmup: z.number().int().min(1).default(3),
  /** EWMA weight of the newest utterance (0–1): 0.3 ≈ a memory of the last 5–6 utterances. */
  alpha: z.number().gt(0).lt(1).default(0.3),
  /** Least change of valence, on its -1…1 scale, that can be a spike. */
  minValenceDelta: z.number().positive().max(2).default(0.6),
  /** Least rise of a negative group's score (0…1) that can be a spike. */
  minIntensityDelta: z.number().positive().max(1).default(0.45),
  /** Least change, in rolling standard deviations, that can be a spike. */
  zThreshold: z.number().positive().default(2.5),
  /** Floor under the rolling deviation, so a perfectly flat start does not make every wobble infinite. */
  minDeviation: z.number().positive().default(0.15),
  /** Utterances after a spike during which no new spike of the same direction is flagged (one outburst, one flag). */
  refractory: z.number().int().min(0).default(3),
});
export type SpikeParams = z.infer<typeof SpikeParams>;
export type SpikeParamsInput = z.input<typeof SpikeParams>;

export const SpikeReason = z.enum(['valence_drop', 'valence_rise', 'negative_intensity']);
export type SpikeReason = z.infer<typeof SpikeReason>;

export interface SpikeUpdate {
  readonly spike: boolean;
  /** The valence baseline before this utterance. */
  readonly valenceBaseline: number;
  /** This utterance's valence minus that baseline. */
  readonly delta: number;
  readonly reason?: SpikeReason;
  /** For `negative_intensity`: the group that rose. */
  readonly emotion?: EkmanLabel;
}

export interface SpikeTracker {
  update(e: EmotionResult): SpikeUpdate;
}

interface Rolling {
  mean: number;
  meanSquare: number;
}

export function createSpikeTracker(params?: SpikeParamsInput): SpikeTracker {
  const p = SpikeParams.parse(params ?? {});
  let seen = 0;
  // Utterances since the last negative (drop or negative surge) and positive (rise) spike.
  let sinceNegative = Infinity;
  let sincePositive = Infinity;
  const valence: Rolling = { mean: 0, meanSquare: 0 };
  const intensity = new Map<EkmanLabel, Rolling>(NEGATIVE_EKMAN.map((g) => [g, { mean: 0, meanSquare: 0 }]));

  // A flagged utterance moves the baseline but not the rolling deviation: otherwise one
  // outburst would make the session look volatile and hide the next, opposite swing.
  const absorb = (r: Rolling, x: number, flagged: boolean): void => {
    if (seen === 0) {
      r.mean = x;
      return;
    }
    const d = x - r.mean;
    if (!flagged) r.meanSquare = (1 - p.alpha) * r.meanSquare + p.alpha * d * d;
    r.mean += p.alpha * d;
  };
  const isSharp = (r: Rolling, delta: number, minDelta: number): boolean =>
    Math.abs(delta) >= minDelta && Math.abs(delta) / Math.max(Math.sqrt(r.meanSquare), p.minDeviation) >= p.zThreshold;

  return {
    update(e) {
      const valenceBaseline = seen === 0 ? e.valence : valence.mean;
      const delta = e.valence - valenceBaseline;
      let reason: SpikeReason | undefined;
      let emotion: EkmanLabel | undefined;
      if (seen >= p.warmup) {
        if (isSharp(valence, delta, p.minValenceDelta)) {
          if (delta < 0 && sinceNegative >= p.refractory) reason = 'valence_drop';
          if (delta > 0 && sincePositive >= p.refractory) reason = 'valence_rise';
        } else if (sinceNegative >= p.refractory) {
          for (const [group, r] of intensity) {
            const rise = (e.ekman.find((x) => x.label === group)?.score ?? 0) - r.mean;
            if (rise > 0 && isSharp(r, rise, p.minIntensityDelta)) {
              reason = 'negative_intensity';
              emotion = group;
              break;
            }
          }
        }
      }
      absorb(valence, e.valence, reason !== undefined);
      for (const [group, r] of intensity)
        absorb(r, e.ekman.find((x) => x.label === group)?.score ?? 0, reason !== undefined);
      seen++;
      sinceNegative = reason && reason !== 'valence_rise' ? 0 : sinceNegative + 1;
      sincePositive = reason === 'valence_rise' ? 0 : sincePositive + 1;
      const round = (x: number): number => Math.round(x * 1e4) / 1e4;
      return {
        spike: reason !== undefined,
        valenceBaseline: round(valenceBaseline),
        delta: round(delta),
        ...(reason ? { reason } : {}),
        ...(emotion ? { emotion } : {}),
      };
    },
  };
}

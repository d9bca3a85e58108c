import { describe, expect, it } from 'vitest';
import type { EkmanLabel, EmotionResult } from '../../server/contracts/analysis.ts';
import { createSpikeTracker, SpikeParams } from '../../server/engine/emotion/spike.ts';

function emotion(valence: number, ekman: Partial<Record<EkmanLabel, number>> = {}): EmotionResult {
  const groups = Object.entries(ekman).map(([label, score]) => ({ label: label as EkmanLabel, score }));
  return {
    labels: [{ label: 'neutral', score: 0.6 }],
    ekman: groups.length > 0 ? groups : [{ label: 'neutral', score: 0.6 }],
    valence,
  };
}

const calm = [0.2, 0.25, 0.15, 0.2, 0.22, 0.18];

describe('spike tracker', () => {
  it('flags a sharp drop of valence after a calm baseline', () => {
    const tracker = createSpikeTracker();
    for (const v of calm) expect(tracker.update(emotion(v)).spike).toBe(false);
    const drop = tracker.update(emotion(-0.8, { sadness: 0.8 }));
    expect(drop.spike).toBe(true);
    expect(drop.reason).toBe('valence_drop');
    expect(drop.valenceBaseline).toBeGreaterThan(0.1);
    expect(drop.delta).toBeLessThan(-0.8);
  });

  it('flags a sharp rise of valence as well', () => {
    const tracker = createSpikeTracker();
    for (const v of calm.map((x) => -x)) tracker.update(emotion(v));
    expect(tracker.update(emotion(0.9)).reason).toBe('valence_rise');
  });

  it('does not flag during the warm-up, however sharp the change', () => {
    const tracker = createSpikeTracker({ warmup: 3 });
    expect(tracker.update(emotion(0.9)).spike).toBe(false);
    expect(tracker.update(emotion(-0.9)).spike).toBe(false);
    expect(tracker.update(emotion(0.9)).spike).toBe(false);
  });

  it('does not flag a gradual drift from positive to negative', () => {
    const tracker = createSpikeTracker();
    const flags = Array.from({ length: 20 }, (_, i) => tracker.update(emotion(0.8 - i * 0.08)).spike);
    expect(flags.some(Boolean)).toBe(false);
  });

  it('raises one flag for one outburst, not one per utterance of it', () => {
    const tracker = createSpikeTracker({ refractory: 3 });
    for (const v of calm) tracker.update(emotion(v));
    const outburst = [-0.9, 0.3, -0.9, 0.3].map((v) => tracker.update(emotion(v)).spike);
    expect(outburst).toEqual([true, false, false, false]);
  });

  it('still flags a sharp drop that comes right after a sharp rise', () => {
    const tracker = createSpikeTracker({ refractory: 3 });
    for (const v of calm.map((x) => x - 0.3)) tracker.update(emotion(v));
    expect(tracker.update(emotion(0.9)).reason).toBe('valence_rise');
    expect(tracker.update(emotion(-0.9)).reason).toBe('valence_drop');
  });

  it('can flag again once the refractory window has passed', () => {
    const tracker = createSpikeTracker({ refractory: 2 });
    for (const v of calm) tracker.update(emotion(v));
    expect(tracker.update(emotion(-0.9)).spike).toBe(true);
    for (const v of calm) tracker.update(emotion(v));
    expect(tracker.update(emotion(-0.9)).spike).toBe(true);
  });

  it('flags a sudden surge of anger even when valence barely moves', () => {
    const tracker = createSpikeTracker();
    for (const v of calm) tracker.update(emotion(v - 0.2, { joy: 0.3 }));
    const surge = tracker.update(emotion(-0.2, { anger: 0.85 }));
    expect(surge).toMatchObject({ spike: true, reason: 'negative_intensity', emotion: 'anger' });
  });

  it('ignores small wobbles in a volatile session', () => {
    const tracker = createSpikeTracker();
    const volatile = [0.5, -0.3, 0.4, -0.2, 0.5, -0.3, 0.4, -0.25, 0.45];
    expect(volatile.map((v) => tracker.update(emotion(v)).spike).some(Boolean)).toBe(false);
  });

  it('rejects parameters that make no sense, naming the field', () => {
    expect(() => createSpikeTracker({ alpha: 1.5 })).toThrow(/alpha/);
    expect(() => createSpikeTracker({ warmup: 0 })).toThrow(/warmup/);
    expect(SpikeParams.parse({})).toMatchObject({ warmup: 3, refractory: 3 });
  });
});

/** Multi-label F1 figures over a fixed set of classes. */
export interface ClassScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

export interface F1Report {
  readonly perClass: ClassScores[];
  readonly macroF1: number;
  readonly microF1: number;
}

function f1Of(tp: number, fp: number, fn: number): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** `gold[i]` and `predicted[i]` are the class ids of example i. */
export function multiLabelF1(
  gold: readonly (readonly number[])[],
  predicted: readonly (readonly number[])[],
  classes: number,
): F1Report {
  const tp = new Float64Array(classes);
  const fp = new Float64Array(classes);
  const fn = new Float64Array(classes);
  gold.forEach((g, i) => {
    const p = predicted[i] ?? [];
    for (const c of p) (g.includes(c) ? tp : fp)[c]!++;
    for (const c of g) if (!p.includes(c)) fn[c]!++;
  });
  const perClass = Array.from({ length: classes }, (_, c) => ({
    precision: tp[c]! + fp[c]! === 0 ? 0 : tp[c]! / (tp[c]! + fp[c]!),
    recall: tp[c]! + fn[c]! === 0 ? 0 : tp[c]! / (tp[c]! + fn[c]!),
    f1: f1Of(tp[c]!, fp[c]!, fn[c]!),
    support: tp[c]! + fn[c]!,
  }));
  const sum = (a: Float64Array): number => a.reduce((s, x) => s + x, 0);
  return {
    perClass,
    macroF1: perClass.reduce((s, c) => s + c.f1, 0) / classes,
    microF1: f1Of(sum(tp), sum(fp), sum(fn)),
  };
}

/**
 * The threshold on one class's scores that maximises that class's F1 (scores[i] for example i,
 * positive[i] whether the class is gold). Searches the midpoints between sorted scores, so the
 * answer is exact for this data; ties break towards the higher threshold.
 */
export function bestThreshold(
  scores: Float32Array | Float64Array,
  positive: Uint8Array,
  floor = 0.02,
): { threshold: number; f1: number } {
  const order = Array.from(scores.keys()).sort((a, b) => scores[b]! - scores[a]!);
  const totalPos = positive.reduce((s, x) => s + x, 0);
  let tp = 0;
  let best = { threshold: 0.5, f1: 0 };
  for (let k = 0; k < order.length; k++) {
    tp += positive[order[k]!]!;
    const predicted = k + 1;
    const f1 = (2 * tp) / (predicted + totalPos);
    const here = scores[order[k]!]!;
    const next = k + 1 < order.length ? scores[order[k + 1]!]! : 0;
    if (here === next) continue;
    const threshold = Math.max(floor, (here + next) / 2);
    if (f1 > best.f1) best = { threshold, f1 };
  }
  return best;
}

/** Per-class thresholds tuned for F1; `scores` is examples × classes, row-major. */
export function tuneThresholds(scores: Float64Array, gold: readonly (readonly number[])[], classes: number): number[] {
  const n = gold.length;
  return Array.from({ length: classes }, (_, c) => {
    const s = new Float64Array(n);
    const positive = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = scores[i * classes + c]!;
      positive[i] = gold[i]!.includes(c) ? 1 : 0;
    }
    return Math.round(bestThreshold(s, positive).threshold * 1e4) / 1e4;
  });
}

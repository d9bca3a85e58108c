import { z } from 'zod';
import { RiskCategory } from '../../contracts/analysis.ts';
import { BLOCKS, type WindowFeatures } from './window.ts';

/**
 * The risk weights file (`weights.bin`), little-endian:
 *
 *   bytes 0–3   ASCII "RISK"
 *   bytes 4–7   uint32 H, length of the JSON header
 *   next H      UTF-8 JSON header (`RiskWeightsHeader`), then zero padding to a 4-byte boundary
 *   then        uint32  hashes[features]            sorted feature hashes (see window.ts)
 *               float32 hiddenBias[dims]
 *               float32 embeddingScale[dims]
 *               float32 outWeights[dims × outputs]  row-major
 *               float32 outBias[outputs]
 *               int8    embedding[features × dims]  row-major; value = int8 × embeddingScale[dim]
 *
 * Outputs: one 4-way softmax (none, low, moderate, high) per category, in `categories` order.
 */
export const MAGIC = 'RISK';
export const LEVELS = ['none', 'low', 'moderate', 'high'] as const;

export const RiskDecision = z.object({
  /** Per category, the temperature that calibrates its softmax (fitted on the development split). */
  temperature: z.array(z.number().positive()).length(4),
  /** A category is flagged when its calibrated probability of any risk reaches this. */
  flag: z.number().min(0).max(1),
  /** Among flagged: moderate when P(moderate or high) reaches `moderate`, high when P(high) reaches `high`. */
  moderate: z.number().min(0).max(1),
  high: z.number().min(0).max(1),
});
export type RiskDecision = z.infer<typeof RiskDecision>;

export const RiskWeightsHeader = z.object({
  format: z.literal(1),
  categories: z.array(RiskCategory).length(4),
  blocks: z.array(z.string()).length(BLOCKS.length),
  vocabulary: z.number().int().positive(),
  dims: z.number().int().positive(),
  decision: RiskDecision,
  /** Provenance and development-split figures, for the model card. */
  training: z.record(z.string(), z.unknown()),
});
export type RiskWeightsHeader = z.infer<typeof RiskWeightsHeader>;

export interface QuantisedRiskNetwork {
  readonly header: RiskWeightsHeader;
  readonly hashes: Uint32Array;
  readonly hiddenBias: Float32Array;
  readonly embeddingScale: Float32Array;
  readonly outWeights: Float32Array;
  readonly outBias: Float32Array;
  readonly embedding: Int8Array;
}

export const OUTPUTS = 16;

export function encodeRiskWeights(n: QuantisedRiskNetwork): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(n.header));
  const start = Math.ceil((8 + json.length) / 4) * 4;
  const parts = [n.hashes, n.hiddenBias, n.embeddingScale, n.outWeights, n.outBias, n.embedding];
  const bytes = new Uint8Array(start + parts.reduce((s, p) => s + p.byteLength, 0));
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(bytes.buffer).setUint32(4, json.length, true);
  bytes.set(json, 8);
  let at = start;
  for (const p of parts) {
    bytes.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at);
    at += p.byteLength;
  }
  return bytes;
}

export function decodeRiskWeights(input: Uint8Array): QuantisedRiskNetwork {
  const bytes = new Uint8Array(input);
  if (new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) {
    throw new Error('Risk weights file is not in the expected format (bad magic); re-run `npm run train:risk`');
  }
  const jsonLength = new DataView(bytes.buffer).getUint32(4, true);
  const parsed = RiskWeightsHeader.safeParse(JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + jsonLength))));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Risk weights header is invalid (${issue?.path.join('.')}: ${issue?.message}); re-run \`npm run train:risk\``,
    );
  }
  const header = parsed.data;
  const { vocabulary: F, dims: d } = header;
  let at = Math.ceil((8 + jsonLength) / 4) * 4;
  const f32 = (length: number): Float32Array => {
    const out = new Float32Array(bytes.buffer, at, length);
    at += length * 4;
    return out;
  };
  const hashes = new Uint32Array(bytes.buffer, at, F);
  at += F * 4;
  const hiddenBias = f32(d);
  const embeddingScale = f32(d);
  const outWeights = f32(d * OUTPUTS);
  const outBias = f32(OUTPUTS);
  if (at + F * d !== bytes.length) {
    throw new Error(
      `Risk weights file is ${bytes.length} bytes but its header describes ${at + F * d}; re-run \`npm run train:risk\``,
    );
  }
  return {
    header,
    hashes,
    hiddenBias,
    embeddingScale,
    outWeights,
    outBias,
    embedding: new Int8Array(bytes.buffer, at, F * d),
  };
}

/** Open addressing over the 32-bit feature hashes: no string keys, no allocation per lookup. */
export function buildLookup(hashes: Uint32Array): (h: number) => number {
  const size = 1 << Math.ceil(Math.log2(hashes.length * 2 + 1));
  const mask = size - 1;
  const keys = new Uint32Array(size);
  const rows = new Int32Array(size).fill(-1);
  hashes.forEach((h, row) => {
    let slot = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
    while (rows[slot] !== -1) slot = (slot + 1) & mask;
    keys[slot] = h;
    rows[slot] = row;
  });
  return (h) => {
    let slot = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const row = rows[slot]!;
      if (row === -1 || keys[slot] === h) return row;
      slot = (slot + 1) & mask;
    }
  };
}

/**
 * Sparse feature values: counts, each block scaled to unit L2 norm. Training and inference both
 * call this, so a feature has the same value in both.
 */
export function sparseValues(f: WindowFeatures, lookup: (h: number) => number): { rows: number[]; values: number[] } {
  const counts = new Map<number, number>();
  for (let i = 0; i < f.hashes.length; i++) {
    const row = lookup(f.hashes[i]!);
    if (row < 0) continue;
    const key = row * BLOCKS.length + f.blocks[i]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const norm = new Float64Array(BLOCKS.length);
  for (const [key, n] of counts) norm[key % BLOCKS.length]! += n * n;
  const rows: number[] = [];
  const values: number[] = [];
  for (const [key, n] of [...counts].sort((a, b) => a[0] - b[0])) {
    rows.push(Math.floor(key / BLOCKS.length));
    values.push(n / Math.sqrt(norm[key % BLOCKS.length]!));
  }
  return { rows, values };
}

/** Per category, the raw scores of none, low, moderate and high (16 numbers, reused). */
export function createRiskLogits(net: QuantisedRiskNetwork): (f: WindowFeatures) => Float64Array {
  const { dims } = net.header;
  const lookup = buildLookup(net.hashes);
  const hidden = new Float64Array(dims);
  const out = new Float64Array(OUTPUTS);
  return (f) => {
    const { rows, values } = sparseValues(f, lookup);
    hidden.fill(0);
    for (let i = 0; i < rows.length; i++) {
      const base = rows[i]! * dims;
      const v = values[i]!;
      for (let k = 0; k < dims; k++) hidden[k]! += v * net.embedding[base + k]!;
    }
    for (let k = 0; k < dims; k++) hidden[k] = Math.max(0, net.hiddenBias[k]! + hidden[k]! * net.embeddingScale[k]!);
    for (let o = 0; o < OUTPUTS; o++) out[o] = net.outBias[o]!;
    for (let k = 0; k < dims; k++) {
      const h = hidden[k]!;
      if (h === 0) continue;
      const base = k * OUTPUTS;
      for (let o = 0; o < OUTPUTS; o++) out[o]! += h * net.outWeights[base + o]!;
    }
    return out;
  };
}

/** Per category, calibrated probabilities of none, low, moderate and high (16 numbers, reused). */
export function createRiskScorer(net: QuantisedRiskNetwork): (f: WindowFeatures) => Float64Array {
  const logits = createRiskLogits(net);
  const { temperature } = net.header.decision;
  return (f) => {
    const out = logits(f);
    for (let c = 0; c < 4; c++) calibrate(out, c * 4, temperature[c]!);
    return out;
  };
}

/** Softmax of one category's four scores divided by its temperature, in place. */
export function calibrate(z: Float64Array, offset: number, temperature: number): void {
  let max = -Infinity;
  for (let k = 0; k < 4; k++) max = Math.max(max, z[offset + k]! / temperature);
  let sum = 0;
  for (let k = 0; k < 4; k++) sum += z[offset + k] = Math.exp(z[offset + k]! / temperature - max);
  for (let k = 0; k < 4; k++) z[offset + k]! /= sum;
}

import { z } from 'zod';
import { FeatureSpec } from './features.ts';

/**
 * The weights file (`weights.bin`), little-endian:
 *
 *   bytes 0–3   ASCII "GEMO"
 *   bytes 4–7   uint32 H, length of the JSON header
 *   next H      UTF-8 JSON header (`WeightsHeader`), then zero padding to a 4-byte boundary
 *   then        uint32  hashes[features]            sorted feature hashes (see features.ts)
 *               float32 hiddenBias[dims]
 *               float32 embeddingScale[dims]        per hidden dimension
 *               float32 outWeights[dims × outputs]  row-major
 *               float32 outBias[outputs]
 *               int8    embedding[features × dims]  row-major; value = int8 × embeddingScale[dim]
 *
 * The int8 embedding is nearly the whole file. The training script tunes thresholds and reports
 * dev figures on the quantised model, read through the same inference code the app uses.
 */
export const MAGIC = 'GEMO';

/** The committed weights, next to this module (written by `npm run train:emotions`). */
export const WEIGHTS_URL = new URL('./weights.bin', import.meta.url);

export const EkmanScoring = z.enum(['head', 'sum', 'mean']);
export type EkmanScoring = z.infer<typeof EkmanScoring>;

export const WeightsHeader = z.object({
  format: z.literal(1),
  features: FeatureSpec,
  vocabulary: z.number().int().positive(),
  dims: z.number().int().positive(),
  /** Output layout: the 28 label softmax, then the 7 Ekman-group softmax. */
  labels: z.array(z.string()).length(28),
  ekman: z.array(z.string()).length(7),
  decision: z.object({
    /**
     * How an Ekman group's score is made: the trained 7-way head, the sum of its member labels'
     * probabilities, or the mean of both. Chosen on the development split.
     */
    ekmanScoring: EkmanScoring,
    /**
     * The same for spoken turns (input marked by `spokenInput`): the Ekman head is the one the
     * corpus's spoken turns train. Chosen on the corpus's held-out turns.
     */
    spokenEkmanScoring: EkmanScoring.optional(),
    labelThresholds: z.array(z.number().min(0).max(1)).length(28),
    ekmanThresholds: z.array(z.number().min(0).max(1)).length(7),
  }),
  /** Provenance and development-split figures, for the model card and for people reading the file. */
  training: z.record(z.string(), z.unknown()),
});
export type WeightsHeader = z.infer<typeof WeightsHeader>;

export interface QuantisedNetwork {
  readonly header: WeightsHeader;
  readonly hashes: Uint32Array;
  readonly hiddenBias: Float32Array;
  readonly embeddingScale: Float32Array;
  readonly outWeights: Float32Array;
  readonly outBias: Float32Array;
  readonly embedding: Int8Array;
}

const outputsOf = (h: WeightsHeader): number => h.labels.length + h.ekman.length;

export function encodeWeights(n: QuantisedNetwork): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(n.header));
  const headerEnd = 8 + json.length;
  const start = Math.ceil(headerEnd / 4) * 4;
  const parts = [n.hashes, n.hiddenBias, n.embeddingScale, n.outWeights, n.outBias, n.embedding];
  const total = start + parts.reduce((s, p) => s + p.byteLength, 0);
  const bytes = new Uint8Array(total);
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

export function decodeWeights(input: Uint8Array): QuantisedNetwork {
  // Copy into a fresh, aligned buffer so typed-array views can sit on it directly.
  const bytes = new Uint8Array(input);
  const view = new DataView(bytes.buffer);
  if (new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) {
    throw new Error('Emotion weights file is not in the expected format (bad magic); re-run `npm run train:emotions`');
  }
  const jsonLength = view.getUint32(4, true);
  const parsed = WeightsHeader.safeParse(JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + jsonLength))));
  if (!parsed.success) {
    throw new Error(`Emotion weights header is invalid (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}); re-run \`npm run train:emotions\``);
  }
  const header = parsed.data;
  const { vocabulary: F, dims: d } = header;
  const K = outputsOf(header);
  let at = Math.ceil((8 + jsonLength) / 4) * 4;
  const take = <T>(make: (buf: ArrayBuffer, offset: number, length: number) => T, length: number, width: number): T => {
    const out = make(bytes.buffer, at, length);
    at += length * width;
    return out;
  };
  const hashes = take((b, o, l) => new Uint32Array(b, o, l), F, 4);
  const hiddenBias = take((b, o, l) => new Float32Array(b, o, l), d, 4);
  const embeddingScale = take((b, o, l) => new Float32Array(b, o, l), d, 4);
  const outWeights = take((b, o, l) => new Float32Array(b, o, l), d * K, 4);
  const outBias = take((b, o, l) => new Float32Array(b, o, l), K, 4);
  if (at + F * d !== bytes.length) {
    throw new Error(`Emotion weights file is ${bytes.length} bytes but its header describes ${at + F * d}; re-run \`npm run train:emotions\``);
  }
  const embedding = take((b, o, l) => new Int8Array(b, o, l), F * d, 1);
  return { header, hashes, hiddenBias, embeddingScale, outWeights, outBias, embedding };
}

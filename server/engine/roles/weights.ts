import { z } from 'zod';
import { RoleFeatureSpec } from './features.ts';
import { ROLE_CLASSES } from './roles.ts';

/**
 * The weights file (`weights.bin`), little-endian, laid out like the emotion model's:
 *
 *   bytes 0–3   ASCII "ROLE"
 *   bytes 4–7   uint32 H, length of the JSON header
 *   next H      UTF-8 JSON header (`RoleWeightsHeader`), then zero padding to a 4-byte boundary
 *   then        uint32  hashes[features]            sorted feature hashes (see features.ts)
 *               float32 hiddenBias[dims]
 *               float32 embeddingScale[dims]
 *               float32 outWeights[dims × classes]  row-major
 *               float32 outBias[classes]
 *               int8    embedding[features × dims]  value = int8 × embeddingScale[dim]
 */
const MAGIC = 'ROLE';

/** The committed weights, next to this module (written by `npm run train:roles`). */
export const ROLE_WEIGHTS_URL = new URL('./weights.bin', import.meta.url);

export const RoleWeightsHeader = z.object({
  format: z.literal(1),
  features: RoleFeatureSpec,
  vocabulary: z.number().int().positive(),
  dims: z.number().int().positive(),
  classes: z.array(z.string()).refine((c) => c.join() === ROLE_CLASSES.join(), 'classes differ from ROLE_CLASSES'),
  /** Provenance and held-out figures, for the model card and for people reading the file. */
  training: z.record(z.string(), z.unknown()),
});
export type RoleWeightsHeader = z.infer<typeof RoleWeightsHeader>;

export interface RoleNetwork {
  readonly header: RoleWeightsHeader;
  readonly hashes: Uint32Array;
  readonly hiddenBias: Float32Array;
  readonly embeddingScale: Float32Array;
  readonly outWeights: Float32Array;
  readonly outBias: Float32Array;
  readonly embedding: Int8Array;
}

export function encodeRoleWeights(n: RoleNetwork): Uint8Array {
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

export function decodeRoleWeights(input: Uint8Array): RoleNetwork {
  const bytes = new Uint8Array(input);
  const view = new DataView(bytes.buffer);
  const retrain = 're-run `npm run train:roles`';
  if (new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC)
    throw new Error(`Turn-role weights file has a bad magic; ${retrain}`);
  const jsonLength = view.getUint32(4, true);
  const parsed = RoleWeightsHeader.safeParse(JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + jsonLength))));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Turn-role weights header is invalid (${issue?.path.join('.')}: ${issue?.message}); ${retrain}`);
  }
  const header = parsed.data;
  const { vocabulary: F, dims: d } = header;
  const K = header.classes.length;
  let at = Math.ceil((8 + jsonLength) / 4) * 4;
  const floats = (length: number): Float32Array => {
    const out = new Float32Array(bytes.buffer, at, length);
    at += length * 4;
    return out;
  };
  const hashes = new Uint32Array(bytes.buffer, at, F);
  at += F * 4;
  const hiddenBias = floats(d);
  const embeddingScale = floats(d);
  const outWeights = floats(d * K);
  const outBias = floats(K);
  if (at + F * d !== bytes.length)
    throw new Error(
      `Turn-role weights file is ${bytes.length} bytes but its header describes ${at + F * d}; ${retrain}`,
    );
  const embedding = new Int8Array(bytes.buffer, at, F * d);
  return { header, hashes, hiddenBias, embeddingScale, outWeights, outBias, embedding };
}

import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Resource } from '@medplum/fhirtypes';
import { z } from 'zod';

const FORMAT = 'session-copilot-fhir-store/1';

export const StoredResource = z.looseObject({ resourceType: z.string().min(1), id: z.string().min(1) });

const StoreFile = z.object({
  format: z.literal(FORMAT),
  savedAt: z.string(),
  resources: z.array(StoredResource),
});

/**
 * Turns the file's JSON into what is stored and back — e.g. encryption with a key kept elsewhere.
 * `decode` is given only text `isEncoded` recognises; plain JSON (a store written before a codec
 * was configured) is still read, and written encoded on the next save.
 */
export type StoreCodec = {
  encode(json: string): string;
  decode(stored: string): string;
  isEncoded(stored: string): boolean;
};

/** Reads a store file; an absent file is an empty store, an unreadable one stops start-up. */
export function readStoreFile(file: string, codec?: StoreCodec): Resource[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      return [];
    }
    throw err;
  }
  if (codec?.isEncoded(text)) {
    text = codec.decode(text);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`FHIR store file ${file} is not valid JSON; move it away to start with an empty store.`);
  }
  const parsed = StoreFile.safeParse(json);
  if (!parsed.success) {
    throw new Error(
      `FHIR store file ${file} is not a "${FORMAT}" file (${parsed.error.issues[0]?.message}); move it away to start with an empty store.`,
    );
  }
  return parsed.data.resources as Resource[];
}

/**
 * Writes the whole store to a temporary file and renames it, so a crash never leaves half a file.
 * The file is readable by its owner only (0600), in a directory created 0700.
 */
export function writeStoreFile(file: string, resources: readonly Resource[], codec?: StoreCodec): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  const body = JSON.stringify({ format: FORMAT, savedAt: new Date().toISOString(), resources });
  writeFileSync(tmp, codec ? codec.encode(body) : body, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
}

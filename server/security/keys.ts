/**
 * The server's two secrets, kept outside DATA_DIR so that whoever can read or rewrite the data
 * cannot also forge it: the audit key (HMAC of the audit chain, its head and its anchors) and the
 * data keys (AES-256-GCM of the write ledger's and the companion store's PHI).
 *
 * From configuration: `AUDIT_HMAC_KEY` (base64, at least 32 bytes), `DATA_ENCRYPTION_KEY`
 * (`<id>:<base64 of 32 bytes>`) and, while rotating, `DATA_ENCRYPTION_OLD_KEYS` (the same form,
 * comma-separated): records are written with the current key and read with whichever key id they
 * carry. Without them — on a developer machine — keys are generated once into `KEY_FILE`
 * (default: `<DATA_DIR>.keys.json`, beside DATA_DIR, never inside it), mode 0600, and the server
 * says where. With `NODE_ENV=production` the server refuses to start without configured keys.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';

export interface DataKeys {
  /** Id and key every new record is sealed with. */
  current: { id: string; key: Buffer };
  /** Every key a record may carry the id of (current and old). */
  byId: Map<string, Buffer>;
}

export interface ServerKeys {
  auditKey: Buffer;
  data: DataKeys;
  /** Where the keys came from, for the start-up log (never the keys themselves). */
  source: string;
}

export class KeyError extends Error {
  override name = 'KeyError';
}

const KEY_ID = /^[A-Za-z0-9._-]{1,32}$/;

function decodeKey(name: string, base64: string, minBytes: number): Buffer {
  const key = Buffer.from(base64.trim(), 'base64');
  if (key.length < minBytes)
    throw new KeyError(`Invalid configuration: ${name} must be base64 of at least ${minBytes} bytes`);
  return key;
}

/** `<id>:<base64 of 32 bytes>` → id and key. */
export function parseDataKey(name: string, value: string): { id: string; key: Buffer } {
  const at = value.indexOf(':');
  const id = value.slice(0, at).trim();
  if (at < 1 || !KEY_ID.test(id))
    throw new KeyError(`Invalid configuration: ${name} must look like <key id>:<base64 of 32 bytes>`);
  const key = decodeKey(name, value.slice(at + 1), 32);
  if (key.length !== 32) throw new KeyError(`Invalid configuration: ${name} must hold exactly 32 bytes (AES-256)`);
  return { id, key };
}

const KeyFile = z.object({
  auditHmacKey: z.string(),
  dataKeys: z.array(z.object({ id: z.string().regex(KEY_ID), key: z.string() })).min(1),
});

export interface KeySettings {
  auditHmacKey?: string;
  dataEncryptionKey?: string;
  dataEncryptionOldKeys?: string[];
  keyFile: string;
  production: boolean;
}

function dataKeys(current: { id: string; key: Buffer }, old: { id: string; key: Buffer }[]): DataKeys {
  return { current, byId: new Map([...old, current].map((k) => [k.id, k.key])) };
}

/** The development key file: read, or created once (0600) with fresh random keys. */
function devKeys(file: string): ServerKeys {
  let stored: z.infer<typeof KeyFile>;
  try {
    stored = KeyFile.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new KeyError(`The key file ${file} cannot be read (${(error as Error).message}); fix or remove it.`);
    }
    stored = {
      auditHmacKey: randomBytes(32).toString('base64'),
      dataKeys: [{ id: 'dev1', key: randomBytes(32).toString('base64') }],
    };
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  }
  const [first, ...rest] = stored.dataKeys.map((k) => parseDataKey(`${file} dataKeys`, `${k.id}:${k.key}`));
  return {
    auditKey: decodeKey(`${file} auditHmacKey`, stored.auditHmacKey, 32),
    data: dataKeys(first as { id: string; key: Buffer }, rest),
    source: `generated for development in ${file}`,
  };
}

export function loadServerKeys(settings: KeySettings): ServerKeys {
  const configured = settings.auditHmacKey !== undefined || settings.dataEncryptionKey !== undefined;
  if (configured) {
    if (!settings.auditHmacKey || !settings.dataEncryptionKey) {
      throw new KeyError('Invalid configuration: AUDIT_HMAC_KEY and DATA_ENCRYPTION_KEY must be set together');
    }
    return {
      auditKey: decodeKey('AUDIT_HMAC_KEY', settings.auditHmacKey, 32),
      data: dataKeys(
        parseDataKey('DATA_ENCRYPTION_KEY', settings.dataEncryptionKey),
        (settings.dataEncryptionOldKeys ?? []).map((k) => parseDataKey('DATA_ENCRYPTION_OLD_KEYS', k)),
      ),
      source: 'configuration',
    };
  }
  if (settings.production) {
    throw new KeyError(
      'Invalid configuration: AUDIT_HMAC_KEY and DATA_ENCRYPTION_KEY are required when NODE_ENV=production',
    );
  }
  return devKeys(resolve(settings.keyFile));
}

/** Random keys held in memory only (tests and throw-away stores). */
export function ephemeralKeys(): ServerKeys {
  return {
    auditKey: randomBytes(32),
    data: dataKeys({ id: 'ephemeral', key: randomBytes(32) }, []),
    source: 'ephemeral',
  };
}

const SEALED = /^sealed:v1:([A-Za-z0-9._-]{1,32}):([A-Za-z0-9_-]+):([A-Za-z0-9_-]+):([A-Za-z0-9_-]*)$/;

/**
 * AES-256-GCM with a fresh 96-bit nonce; `aad` binds the ciphertext to where it is stored (a
 * record moved to another row or file does not open). Output: `sealed:v1:<key id>:<iv>:<tag>:<data>`.
 */
export function seal(keys: DataKeys, plaintext: string, aad: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keys.current.key, iv);
  cipher.setAAD(Buffer.from(aad));
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return `sealed:v1:${keys.current.id}:${iv.toString('base64url')}:${tag.toString('base64url')}:${data.toString('base64url')}`;
}

export function isSealed(text: string): boolean {
  return text.startsWith('sealed:v1:');
}

/** Opens what `seal` made; throws a `KeyError` naming the key id when that key is not configured. */
export function unseal(keys: DataKeys, sealed: string, aad: string): string {
  const match = SEALED.exec(sealed);
  if (!match) throw new KeyError('A stored record is not in the sealed format.');
  const [, id, iv, tag, data] = match as unknown as [string, string, string, string, string];
  const key = keys.byId.get(id);
  if (!key)
    throw new KeyError(
      `A stored record is sealed with key "${id}", which is not configured (add it to DATA_ENCRYPTION_OLD_KEYS).`,
    );
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}

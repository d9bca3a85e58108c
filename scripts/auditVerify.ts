/**
 * `npm run audit:verify [-- --file path/to/audit.jsonl]`: checks the audit log's keyed hash
 * chain, its head file and the anchors kept outside DATA_DIR, and prints, for each break, the
 * line and what happened there. The key and the anchor file come from the server's own
 * configuration (AUDIT_HMAC_KEY or KEY_FILE, AUDIT_ANCHOR_FILE). Exit code 0 when intact, 1 when
 * tampered with, 2 when the log or the key cannot be read.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { AUDIT_FILE, AUDIT_HEAD_FILE } from '../server/audit/log.ts';
import { verifyAuditFile } from '../server/audit/verify.ts';
import { ConfigError, loadConfig } from '../server/config.ts';
import { KeyError, loadServerKeys } from '../server/security/keys.ts';

const { values } = parseArgs({
  options: { file: { type: 'string' }, anchors: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log(
    'Usage: npm run audit:verify [-- --file DATA_DIR/audit.jsonl] [--anchors AUDIT_ANCHOR_FILE]  (defaults from the server configuration)',
  );
  process.exit(0);
}

let config;
let key: Buffer;
try {
  config = loadConfig();
  if (!config.keys.auditHmacKey && !existsSync(config.keys.keyFile)) {
    throw new KeyError(
      `No audit key: set AUDIT_HMAC_KEY, or KEY_FILE to the server's key file (looked for ${config.keys.keyFile}).`,
    );
  }
  key = loadServerKeys(config.keys).auditKey;
} catch (error) {
  if (error instanceof ConfigError || error instanceof KeyError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
const file = values.file ?? join(config.dataDir, AUDIT_FILE);
if (!existsSync(file)) {
  console.error(`No audit log at ${file}. Pass --file with the path of audit.jsonl.`);
  process.exit(2);
}
const headFile = join(dirname(file), AUDIT_HEAD_FILE);
const anchorFile = values.anchors ?? config.auditAnchorFile;
const result = verifyAuditFile(file, { headFile, anchorFile, key });
const checked = [
  existsSync(headFile) ? 'head matches' : 'no head file',
  existsSync(anchorFile) ? `${result.anchors} anchor(s) in ${anchorFile} match` : `no anchor file at ${anchorFile}`,
];

if (result.ok) {
  console.log(`${file}: intact (${result.entries} entries, keyed chain verified, ${checked.join(', ')})`);
  process.exit(0);
}
console.log(`${file}: TAMPERED — ${result.problems.length} problem(s) in ${result.entries} entries`);
for (const p of result.problems) console.log(p.line > 0 ? `  line ${p.line}: ${p.message}` : `  ${p.message}`);
process.exit(1);

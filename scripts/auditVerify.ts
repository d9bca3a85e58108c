/**
 * `npm run audit:verify [-- --file path/to/audit.jsonl]`: checks the audit log's hash chain and
 * prints, for each break, the line and what happened there. Exit code 0 when intact, 1 when
 * tampered with, 2 when the file cannot be read.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { AUDIT_FILE, AUDIT_HEAD_FILE } from '../server/audit/log.ts';
import { verifyAuditFile } from '../server/audit/verify.ts';

const { values } = parseArgs({
  options: { file: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log('Usage: npm run audit:verify [-- --file DATA_DIR/audit.jsonl]  (default: $DATA_DIR or .data)');
  process.exit(0);
}

const file = values.file ?? join(process.env.DATA_DIR || '.data', AUDIT_FILE);
if (!existsSync(file)) {
  console.error(`No audit log at ${file}. Pass --file with the path of audit.jsonl.`);
  process.exit(2);
}
const headFile = join(dirname(file), AUDIT_HEAD_FILE);
const result = verifyAuditFile(file, existsSync(headFile) ? headFile : undefined);

if (result.ok) {
  console.log(`${file}: intact (${result.entries} entries${existsSync(headFile) ? ', head matches' : ', no head file'})`);
  process.exit(0);
}
console.log(`${file}: TAMPERED — ${result.problems.length} problem(s) in ${result.entries} entries`);
for (const p of result.problems) console.log(`  line ${p.line}: ${p.message}`);
process.exit(1);

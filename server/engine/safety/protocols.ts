import { readFileSync } from 'node:fs';
import { CrisisProtocolSet, type CrisisProtocol, type RiskCategory } from '../../contracts/analysis.ts';
import usProtocols from './protocols.us.json' with { type: 'json' };

/** The default protocols: US crisis lines (988), duty to warn and mandated reporting. */
export const DEFAULT_PROTOCOLS: CrisisProtocolSet = CrisisProtocolSet.parse(usProtocols);

/** A protocol file that cannot be used, with what to fix. */
export class CrisisProtocolFileError extends Error {
  override name = 'CrisisProtocolFileError';
}

/**
 * Reads and validates a jurisdiction's protocol file (the `CRISIS_PROTOCOL_FILE` setting):
 * JSON shaped like `protocols.us.json`, one protocol per risk category. Throws a
 * `CrisisProtocolFileError` that names the file and the first problem.
 */
export function loadCrisisProtocols(path: string): CrisisProtocolSet {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new CrisisProtocolFileError(`crisis protocol file ${path} cannot be read (${code})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new CrisisProtocolFileError(`crisis protocol file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = CrisisProtocolSet.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    throw new CrisisProtocolFileError(`crisis protocol file ${path}: ${where}: ${issue.message}`);
  }
  return parsed.data;
}

/** The protocol for each category, in the set's order. */
export function protocolsByCategory(set: CrisisProtocolSet): ReadonlyMap<RiskCategory, CrisisProtocol> {
  return new Map(set.protocols.map((p) => [p.category, p]));
}

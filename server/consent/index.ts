import type { AuditLog } from '../audit/log.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { runtimeForConfig } from '../writeback/runtime.ts';
import type { ConsentManager } from './service.ts';

export type { ConsentManager, ConsentRecord } from './service.ts';
export { createConsentManager } from './service.ts';

/**
 * The server's consent service: reads consent from the EHR (where it can be searched) and the
 * companion store, records and revokes it. Shares the write-back runtime of the same config.
 */
export function createConsentService(deps: {
  config: Config;
  logger?: Pick<Logger, 'warn' | 'error'>;
  audit?: Pick<AuditLog, 'append'> & Partial<Pick<AuditLog, 'hasWriteEntry'>>;
  fetch?: typeof fetch;
}): ConsentManager {
  return runtimeForConfig(deps.config, deps).consent;
}

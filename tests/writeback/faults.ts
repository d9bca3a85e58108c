import { UncertainOutcomeError } from '../../fhir/fhirClient.ts';
import type { CompanionStore } from '../../server/writeback/companion.ts';

/**
 * Network faults around a FHIR server, the ways a write can go wrong: refused before it
 * arrives, or carried out by the server and then lost on the way back (500, timeout, dropped
 * connection, the app's process dying).
 */

export const FAULTS = [
  'none',
  'error-500-before',
  'error-500-after',
  'timeout-before',
  'timeout-after',
  'dropped-before',
  'dropped-after',
  'crash-after',
] as const;
export type Fault = (typeof FAULTS)[number];

/** Deterministic PRNG (mulberry32, as in training), so a failing run can be replayed from its seed. */
export { seededRandom as prng } from '../../server/engine/emotion/training/trainer.ts';

export class ProcessCrash extends Error {
  override name = 'ProcessCrash';
}

export interface FaultPlan {
  /** The next fault; `none` once the run's budget of faults is spent. */
  next(): Fault;
  readonly injected: Record<Fault, number>;
}

export function faultPlan(random: () => number, probability: number, budget: () => number): FaultPlan {
  const injected = Object.fromEntries(FAULTS.map((f) => [f, 0])) as Record<Fault, number>;
  return {
    injected,
    next() {
      if (budget() <= 0 || random() >= probability) {
        injected.none++;
        return 'none';
      }
      const fault = FAULTS[1 + Math.floor(random() * (FAULTS.length - 1))] as Fault;
      injected[fault]++;
      return fault;
    },
  };
}

const serverError = () =>
  new Response(
    JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'exception' }] }),
    {
      status: 500,
      headers: { 'content-type': 'application/fhir+json' },
    },
  );
const timedOut = () => new DOMException('The operation was aborted due to timeout', 'TimeoutError');
const dropped = () => new TypeError('fetch failed: socket hang up');

export function faultyFetch(inner: typeof fetch, plan: FaultPlan, onFault: () => void): typeof fetch {
  return async (input, init) => {
    const fault = plan.next();
    if (fault !== 'none') onFault();
    switch (fault) {
      case 'error-500-before':
        return serverError();
      case 'timeout-before':
        throw timedOut();
      case 'dropped-before':
        throw dropped();
      default:
        break;
    }
    const response = await inner(input, init);
    const body = await response.arrayBuffer();
    switch (fault) {
      case 'error-500-after':
        return serverError();
      case 'timeout-after':
        throw timedOut();
      case 'dropped-after':
        throw dropped();
      case 'crash-after':
        throw new ProcessCrash('the app process died after the request was sent');
      default:
        return new Response(body, { status: response.status, headers: response.headers });
    }
  };
}

export function faultyCompanion(inner: CompanionStore, plan: FaultPlan, onFault: () => void): CompanionStore {
  return {
    ...inner,
    async request(req) {
      const fault = plan.next();
      if (fault !== 'none') onFault();
      if (fault === 'error-500-before') return { status: 500, body: undefined, headers: {} };
      if (fault === 'timeout-before') throw new UncertainOutcomeError('timeout', 'companion timed out');
      if (fault === 'dropped-before') throw new UncertainOutcomeError('network', 'companion connection failed');
      const response = await inner.request(req);
      if (fault === 'error-500-after') return { status: 500, body: undefined, headers: {} };
      if (fault === 'timeout-after') throw new UncertainOutcomeError('timeout', 'companion timed out');
      if (fault === 'dropped-after') throw new UncertainOutcomeError('network', 'companion connection dropped');
      if (fault === 'crash-after') throw new ProcessCrash('the app process died after the request was sent');
      return response;
    },
  };
}

import type { OperationOutcome, Resource } from '@medplum/fhirtypes';

/**
 * What a server's answer means for a write, and what the clinician can do about it. A 5xx,
 * 408 or 429 is the server's passing trouble (retried with back-off); any other 4xx is a
 * refusal that sending the same thing again cannot fix, so it is explained instead.
 */

export const isTransient = (status: number): boolean => status >= 500 || status === 408 || status === 429;

/** The server's own words from an OperationOutcome, when it gave some. */
export function outcomeText(body: Resource | undefined): string {
  if (body?.resourceType !== 'OperationOutcome') return '';
  const issue = (body as OperationOutcome).issue?.[0];
  return (issue?.details?.text ?? issue?.diagnostics ?? '').slice(0, 200);
}

function whatToDo(status: number, type: string): string {
  switch (status) {
    case 403:
      return (
        `The EHR does not let this app write ${type} with the clinician's access. ` +
        `Ask the EHR administrator to allow it for the app's client (its access policy or scopes), then press Retry.`
      );
    case 404:
    case 405:
      return `This EHR does not accept ${type} writes at this address. Ask the EHR administrator which writes the app may make.`;
    case 409:
    case 412:
      return `The ${type} changed in the EHR while it was being written. Press Retry.`;
    case 413:
      return `The EHR found the request too large. Ask the EHR administrator about its size limits, then press Retry.`;
    default:
      return (
        `The EHR rejected the ${type} as it was sent. Ask the EHR administrator what the EHR requires ` +
        `(its message is above), then press Retry.`
      );
  }
}

/** One sentence for the clinician: what was refused, the server's reason, and what to do. */
export function explainRefusal(status: number, type: string, body: Resource | undefined): string {
  const reason = outcomeText(body);
  return `The EHR refused the ${type} (HTTP ${status}${reason ? `: ${reason}` : ''}). ${whatToDo(status, type)} The approved note is kept.`;
}

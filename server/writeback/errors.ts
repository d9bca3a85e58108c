/**
 * How an attempt ended when it did not succeed. Retryable: try again later (after searching,
 * when the outcome was uncertain). Permanent: a server refused, or the draft is invalid; a
 * retry without a change would be refused again, so the clinician is told.
 */

export class RetryableWriteError extends Error {
  override name = 'RetryableWriteError';
  readonly code: string;
  readonly uncertain: boolean;

  constructor(code: string, message: string, uncertain: boolean) {
    super(message);
    this.code = code;
    this.uncertain = uncertain;
  }
}

export class PermanentWriteError extends Error {
  override name = 'PermanentWriteError';
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

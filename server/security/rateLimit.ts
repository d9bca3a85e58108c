/**
 * In-memory token buckets. Each key (a user, a session) holds up to `capacity` tokens, refilled
 * continuously at `perMinute / 60` per second; a request takes one. Per instance: behind a load
 * balancer with sticky sessions a user's limit applies per instance.
 */

export interface RateLimitDecision {
  allowed: boolean;
  /** Seconds until one token is available again (0 when allowed). */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  take(key: string, cost?: number): RateLimitDecision;
}

export interface RateLimiterOptions {
  perMinute: number;
  /** Burst size; defaults to a sixth of the minute's allowance (at least 10). */
  capacity?: number;
  maxKeys?: number;
  now?: () => number;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const now = options.now ?? Date.now;
  const ratePerMs = options.perMinute / 60_000;
  const capacity = options.capacity ?? Math.max(10, Math.ceil(options.perMinute / 6));
  const maxKeys = options.maxKeys ?? 100_000;
  const buckets = new Map<string, { tokens: number; at: number }>();

  return {
    take(key, cost = 1) {
      const t = now();
      let bucket = buckets.get(key);
      if (bucket) {
        bucket.tokens = Math.min(capacity, bucket.tokens + (t - bucket.at) * ratePerMs);
        bucket.at = t;
        // Re-insert so the Map's order is least-recently-used first.
        buckets.delete(key);
      } else {
        bucket = { tokens: capacity, at: t };
      }
      buckets.set(key, bucket);
      if (buckets.size > maxKeys) {
        const oldest = buckets.keys().next().value;
        if (oldest !== undefined) buckets.delete(oldest);
      }
      if (bucket.tokens >= cost) {
        bucket.tokens -= cost;
        return { allowed: true, retryAfterSeconds: 0 };
      }
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((cost - bucket.tokens) / ratePerMs / 1000)) };
    },
  };
}

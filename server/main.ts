/**
 * Starts the server: configuration from the environment (a bad value stops it with one line),
 * the audit log in DATA_DIR, the engine, the assistant, consent and write-back, then HTTP on
 * HOST:PORT. SIGTERM or SIGINT stops taking connections, ends live sessions (their event
 * streams get an `end` event, so clients reconnect elsewhere or after the restart), flushes the
 * audit log and exits.
 *
 * `node server/main.ts` runs it; `startServer()` is the same for scripts and benchmarks.
 */
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { serve } from '@hono/node-server';
import { createAppHandle, type AppHandle } from './app.ts';
import { AuditLogLockedError, openAuditLog } from './audit/log.ts';
import { assistSettings, ConfigError, loadConfig, type Config } from './config.ts';
import { createSessionAnalyzer, warmUpAnalyzer } from './engine/analyze.ts';
import { warmUpRoles } from './engine/roles/index.ts';
import { createLogger, type Logger } from './logger.ts';
import { KeyError, loadServerKeys } from './security/keys.ts';
import { createAssistant, parseAssistConfig } from './providers/index.ts';
import { createWritebackRoutes } from './routes/writeback.ts';
import { createTranscriber, transcriptionUnavailableReason } from './speech/transcribe.ts';
import { runtimeForConfig } from './writeback/runtime.ts';

export interface RunningServer {
  /** Where the server listens, e.g. `http://127.0.0.1:3000`. */
  url: string;
  port: number;
  handle: AppHandle;
  config: Config;
  close(): Promise<void>;
}

export interface StartOptions {
  config?: Config;
  logger?: Logger;
  /** Overrides `config.port` (0 picks a free port). */
  port?: number;
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const config = options.config ?? loadConfig();
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  warmUpAnalyzer();
  warmUpRoles();
  const keys = loadServerKeys(config.keys);
  if (keys.source !== 'configuration')
    logger.warn(
      { keyFile: config.keys.keyFile },
      `audit and data keys ${keys.source}: configure AUDIT_HMAC_KEY and DATA_ENCRYPTION_KEY in production`,
    );
  const audit = await openAuditLog({
    dataDir: config.dataDir,
    key: keys.auditKey,
    anchorFile: config.auditAnchorFile,
    anchorIntervalMs: config.auditAnchorSeconds * 1000,
    onError: (error) => logger.error({ err: error }, 'audit log write failed'),
  });
  const settings = parseAssistConfig(assistSettings(config));
  const assistant = createAssistant(settings, { logger });
  const transcriber = createTranscriber(settings);
  const unavailable = transcriptionUnavailableReason(settings);
  // Consent and write-back share one runtime (companion store, write ledger, retry worker).
  const writeback = runtimeForConfig(config, { logger, audit, dataKeys: keys.data });

  const handle = createAppHandle({
    config,
    logger,
    audit,
    createAnalyzer: () =>
      createSessionAnalyzer(config.crisisProtocolFile ? { crisisProtocolFile: config.crisisProtocolFile } : {}),
    consentService: writeback.consent,
    writebackRoutes: createWritebackRoutes({ runtime: writeback }),
    assistant,
    transcriber,
    ...(unavailable ? { transcriptionUnavailable: unavailable } : {}),
  });

  const { http } = config;
  const server = serve({
    fetch: handle.app.fetch,
    port: options.port ?? config.port,
    hostname: config.host,
    // A client that sends its headers or body slowly is cut off, checked every second, rather
    // than holding a connection for minutes (Node's defaults: 60 s, 300 s, checked every 30 s).
    serverOptions: {
      headersTimeout: Math.min(http.headersTimeoutSeconds, http.requestTimeoutSeconds) * 1000,
      requestTimeout: http.requestTimeoutSeconds * 1000,
      connectionsCheckingInterval: 1000,
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  // Keep idle connections longer than a load balancer's idle timeout (60 s on the common ones),
  // so connections are closed by the balancer, never under a request it is about to send. The
  // header timer runs from a request's first byte, not from the idle wait before it.
  if ('keepAliveTimeout' in server) {
    server.keepAliveTimeout = 65_000;
    server.maxConnections = http.maxConnections;
  }
  const port = (server.address() as AddressInfo).port;
  const sweeper = setInterval(() => {
    const ended = handle.sessions.sweepIdle();
    for (const sessionId of ended) void audit.append({ action: 'session.end', sessionId, detail: { reason: 'idle' } });
  }, 60_000);
  sweeper.unref();
  const stats = startStatsLog(logger, handle);

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      clearInterval(sweeper);
      stats.stop();
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      const endAll = () => {
        for (const live of [...handle.sessions.all()]) handle.sessions.end(live.context.sessionId, 'server_shutdown');
      };
      endAll();
      if ('closeIdleConnections' in server) server.closeIdleConnections();
      await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
      if ('closeAllConnections' in server) server.closeAllConnections();
      // A request already in flight when shutdown began may have opened a session since: end it
      // too, so none of its jobs outlives the audit log.
      endAll();
      await writeback.close();
      await audit.close();
    })());

  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return { url: `http://${host}:${port}`, port, handle, config, close };
}

/**
 * Every 10 s, one line of operating figures — live sessions, open event streams, event-loop
 * delay and memory — so an operator (and `npm run bench:load`) can see a server bend before
 * requests fail. Counts only.
 */
function startStatsLog(logger: Logger, handle: AppHandle): { stop(): void } {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const timer = setInterval(() => {
    let streams = 0;
    for (const live of handle.sessions.all()) streams += live.stream.subscriberCount;
    const memory = process.memoryUsage();
    logger.info(
      {
        sessions: handle.sessions.size,
        streams,
        loopDelayP50Ms: Math.round(delay.percentile(50) / 1e5) / 10,
        loopDelayP99Ms: Math.round(delay.percentile(99) / 1e5) / 10,
        loopDelayMaxMs: Math.round(delay.max / 1e5) / 10,
        heapMb: Math.round(memory.heapUsed / 1048576),
        rssMb: Math.round(memory.rss / 1048576),
      },
      'stats',
    );
    delay.reset();
  }, 10_000);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      delay.disable();
    },
  };
}

async function main() {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel });
  let running: RunningServer;
  try {
    running = await startServer({ config, logger });
  } catch (error) {
    if (
      error instanceof AuditLogLockedError ||
      error instanceof KeyError ||
      (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
    ) {
      console.error(
        error instanceof AuditLogLockedError || error instanceof KeyError
          ? error.message
          : `Port ${config.port} on ${config.host} is already in use; stop the other process or set PORT.`,
      );
      process.exit(1);
    }
    throw error;
  }
  logger.info({ url: running.url, publicUrl: config.publicUrl, aiProvider: config.aiProvider }, 'server listening');

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

if (import.meta.main) await main();

/**
 * The built client from `dist/public` (Vite): `/launch` is the SMART launch page, `/app` (and
 * any path under it) the sidebar app, `/assets/*` the hashed bundles (cached for a year). When
 * the build is missing, the pages say how to make it instead of answering a bare 404.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, normalize, resolve, sep } from 'node:path';
import { Hono, type Context } from 'hono';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

const MISSING_BUILD = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Session Copilot — client not built</title></head>
<body><h1>The client has not been built</h1>
<p>Run <code>npm run build</code> (or <code>npm start</code>, which builds first), then reload this page.</p>
</body></html>`;

export function staticRoutes(root: string): Hono {
  const app = new Hono();
  const rootDir = resolve(root);

  /** Reads a file under the root; `undefined` when absent or outside it. */
  async function file(relative: string): Promise<Buffer | undefined> {
    const full = normalize(join(rootDir, relative));
    if (full !== rootDir && !full.startsWith(rootDir + sep)) return undefined;
    try {
      return await readFile(full);
    } catch {
      return undefined;
    }
  }

  function page(relative: string) {
    return async (c: Context) => {
      const html = await file(relative);
      c.header('cache-control', 'no-cache');
      if (!html) return c.html(MISSING_BUILD, existsSync(rootDir) ? 404 : 503);
      return c.body(new Uint8Array(html), 200, { 'content-type': TYPES['.html'] as string });
    };
  }

  app.get('/launch', page('launch/index.html'));
  app.get('/launch/', page('launch/index.html'));
  app.get('/app', page('client/index.html'));
  app.get('/app/*', page('client/index.html'));

  app.get('/*', async (c, next) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      return next();
    }
    const dot = path.lastIndexOf('.');
    const type = dot > path.lastIndexOf('/') ? TYPES[path.slice(dot).toLowerCase()] : undefined;
    // Hidden files (the build's `.vite/manifest.json`) are not for browsers.
    if (!type || path.includes('\0') || path.includes('/.')) return next();
    const body = await file(path);
    if (!body) return next();
    c.header('cache-control', path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    return c.body(new Uint8Array(body), 200, { 'content-type': type });
  });
  return app;
}

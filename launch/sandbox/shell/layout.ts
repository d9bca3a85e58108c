import type { Context } from 'hono';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export type CspOptions = { frameSrc?: readonly string[]; formAction?: readonly string[] };

/** A strict CSP: own scripts and styles only; frames and form targets only where a page needs them. */
export function setPageHeaders(c: Context, csp: CspOptions = {}): void {
  const frameSrc = csp.frameSrc?.length ? csp.frameSrc.join(' ') : "'none'";
  const formAction = ["'self'", ...(csp.formAction ?? [])].join(' ');
  c.header(
    'Content-Security-Policy',
    [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      `frame-src ${frameSrc}`,
      `form-action ${formAction}`,
      "frame-ancestors 'self'",
      "base-uri 'none'",
      "object-src 'none'",
    ].join('; '),
  );
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Cache-Control', 'no-store');
}

export function document(title: string, body: Html): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/assets/shell.css">
<script src="/assets/shell.js" defer></script>
</head>
<body>
${body}
</body>
</html>`;
}

/**
 * Security headers for every response. The app runs inside EHR sidebars, so framing is governed
 * by CSP `frame-ancestors` (this origin and the configured EHR origins only) and X-Frame-Options
 * is not sent: it cannot express a list of origins and would block the sidebar. The browser
 * talks to the FHIR server directly (fhirclient), so `connect-src` adds the allowlisted FHIR
 * origins. No inline script is allowed anywhere.
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

export interface SecurityHeaderOptions {
  ehrOrigins: readonly string[];
  fhirOrigins: readonly string[];
}

export function securityHeaders(options: SecurityHeaderOptions): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Mantine writes its CSS variables into <style> elements at run time.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      mediaSrc: ["'self'", 'blob:'],
      workerSrc: ["'self'", 'blob:'],
      connectSrc: ["'self'", ...options.fhirOrigins],
      frameAncestors: ["'self'", ...options.ehrOrigins],
      frameSrc: ["'none'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
    },
    xFrameOptions: false,
    // The launch may complete in a pop-up the EHR opened; it must keep its opener.
    crossOriginOpenerPolicy: 'same-origin-allow-popups',
    referrerPolicy: 'no-referrer',
    permissionsPolicy: {
      microphone: ['self'],
      camera: [],
      geolocation: [],
      payment: [],
      usb: [],
    },
  });
}

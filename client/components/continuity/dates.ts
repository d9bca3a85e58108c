import { formatDate, formatDateTime } from '@medplum/core';

/** "12 Nov 2026" in the browser's language; the ISO string itself when it does not parse. */
export const day = (iso: string | undefined): string =>
  iso ? formatDate(iso, undefined, { day: 'numeric', month: 'short', year: 'numeric' }) || iso : '';

/** "12 Nov" for the trend's axis. */
export const shortDay = (iso: string): string => formatDate(iso, undefined, { day: 'numeric', month: 'short' }) || iso;

export const dayAndTime = (iso: string): string =>
  formatDateTime(iso, undefined, { dateStyle: 'medium', timeStyle: 'short' }) || iso;

import type { IdentifierKind, IdentifierSource } from './kinds.ts';

/** A span a detector proposes, before overlapping proposals are merged. */
export interface Found {
  start: number;
  end: number;
  kind: IdentifierKind;
  source: IdentifierSource;
  /** Groups spellings of one identifier under one placeholder (a chart entity, a parsed date). */
  entity?: string;
}

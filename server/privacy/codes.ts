import type { Found } from './found.ts';
import type { IdentifierKind } from './kinds.ts';

export interface CodeTarget {
  code: string;
  kind: IdentifierKind;
  entity: string;
}

interface AlnumView {
  chars: string;
  positions: number[];
}

const SPOKEN_SEPARATORS = /^(?:dot|at|underscore|dash|period|hyphen)$/i;
const GAP = /^[\s.\-/()#:]{0,3}$/;
const EMAIL_GAP = /^(?:[\s._\-@+]{0,3}|\s+(?:(?:dot|at|underscore|dash|period|hyphen)\s+)+)$/i;

function isAlnumCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The ASCII letters and digits of a text, lower-cased, with where each one came from. */
function alnumView(text: string, skipSpokenSeparators: boolean): AlnumView {
  let chars = '';
  const positions: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isAlnumCode(c)) continue;
    if (skipSpokenSeparators && (i === 0 || !isAlnumCode(text.charCodeAt(i - 1)))) {
      const word = /^[A-Za-z]+/.exec(text.slice(i, i + 12))?.[0] ?? '';
      if (SPOKEN_SEPARATORS.test(word) && /\s/.test(text[i - 1] ?? '') && /\s/.test(text[i + word.length] ?? '')) {
        i += word.length - 1;
        continue;
      }
    }
    chars += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text[i];
    positions.push(i);
  }
  return { chars, positions };
}

/**
 * Finds chart codes (phone numbers, record numbers, birth dates written as digits, e-mail
 * addresses) whatever separators the text puts between their characters: "(937) 555-0142",
 * "937.555.0142", "seun dot adeyemi at gmail dot com".
 */
export function findCodes(text: string, targets: readonly CodeTarget[]): Found[] {
  const found: Found[] = [];
  if (!targets.length) return found;
  const plain = alnumView(text, false);
  const spoken =
    targets.some((t) => t.kind === 'EMAIL') && /\s(?:dot|at)\s/i.test(text) ? alnumView(text, true) : undefined;
  for (const target of targets) {
    const email = target.kind === 'EMAIL';
    for (const view of email && spoken ? [plain, spoken] : [plain]) {
      let from = 0;
      for (;;) {
        const k = view.chars.indexOf(target.code, from);
        if (k < 0) break;
        from = k + 1;
        const last = k + target.code.length - 1;
        let start = view.positions[k] ?? 0;
        const end = (view.positions[last] ?? 0) + 1;
        if (isAlnumCode(text.charCodeAt(start - 1)) || isAlnumCode(text.charCodeAt(end))) continue;
        let contiguous = true;
        for (let p = k; contiguous && p < last; p++) {
          const gap = text.slice((view.positions[p] ?? 0) + 1, view.positions[p + 1]);
          contiguous = gap === '' || (email ? EMAIL_GAP : GAP).test(gap);
        }
        if (!contiguous) continue;
        if (/^\d{10}$/.test(target.code)) {
          const prefix = /(?:(?:\+\s?)?1[\s.-]{0,2})?\(?$/.exec(text.slice(Math.max(0, start - 6), start));
          if (prefix && !isAlnumCode(text.charCodeAt(start - prefix[0].length - 1))) start -= prefix[0].length;
        }
        found.push({ start, end, kind: target.kind, source: 'dictionary', entity: target.entity });
      }
    }
  }
  return found;
}

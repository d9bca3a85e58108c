/**
 * Keyboard shortcuts for the frequent actions. Alt+Shift+letter (matched on the physical key,
 * so it works on every layout and on macOS where Option types characters) avoids the browser's
 * and the EHR's own Alt and Ctrl shortcuts.
 */
import { useEffect, useRef } from 'react';

export interface Shortcut {
  /** `KeyboardEvent.code`, e.g. `KeyD`. */
  code: string;
  label: string;
  run: () => void;
  enabled?: boolean;
}

export const shortcutText = (code: string) => `Alt+Shift+${code.replace(/^Key/, '')}`;

export function useShortcuts(shortcuts: Shortcut[]): void {
  const current = useRef(shortcuts);
  current.current = shortcuts;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
      const shortcut = current.current.find((s) => s.code === event.code && s.enabled !== false);
      if (!shortcut) return;
      event.preventDefault();
      shortcut.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

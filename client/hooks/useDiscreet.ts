/**
 * Discreet mode: when the client might see the screen, emotion labels and risk wording give way
 * to neutral symbols. Each clinician decides (in this browser) whether sessions start in it.
 */
import { createContext, useCallback, useContext, useState } from 'react';

export const DiscreetContext = createContext(false);
export const useIsDiscreet = () => useContext(DiscreetContext);

const settingKey = (fhirUser: string | undefined) => `session-copilot:starts-discreet:${fhirUser ?? 'anyone'}`;

function readSetting(fhirUser: string | undefined): boolean {
  try {
    return localStorage.getItem(settingKey(fhirUser)) === 'true';
  } catch {
    return false;
  }
}

export function useDiscreetMode(fhirUser: string | undefined) {
  const [startsDiscreet, setStartsDiscreetState] = useState(() => readSetting(fhirUser));
  const [discreet, setDiscreet] = useState(startsDiscreet);
  const toggle = useCallback(() => setDiscreet((d) => !d), []);
  const setStartsDiscreet = useCallback(
    (value: boolean) => {
      setStartsDiscreetState(value);
      try {
        localStorage.setItem(settingKey(fhirUser), String(value));
      } catch {
        // Storage may be blocked in a third-party frame; the setting then lasts for this launch only.
      }
    },
    [fhirUser],
  );
  return { discreet, toggle, startsDiscreet, setStartsDiscreet };
}

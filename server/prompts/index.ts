import { readFileSync } from 'node:fs';

/** A versioned prompt file; `version` goes into provenance so a result can be traced to its prompt. */
export interface Prompt {
  version: string;
  text: string;
}

export type PromptName = 'system' | 'summarise' | 'interventions' | 'homework' | 'note';

const CURRENT: Record<PromptName, string> = {
  system: 'system.v1',
  summarise: 'summarise.v2',
  interventions: 'interventions.v1',
  homework: 'homework.v1',
  note: 'note.v3',
};

const loaded = new Map<PromptName, Prompt>();

export function loadPrompt(name: PromptName): Prompt {
  const cached = loaded.get(name);
  if (cached) return cached;
  const version = CURRENT[name];
  const prompt = { version, text: readFileSync(new URL(`./${version}.md`, import.meta.url), 'utf8').trim() };
  loaded.set(name, prompt);
  return prompt;
}

/** Fills `{{name}}` slots; values are the project's own (formats, ids, numbers), never transcript text. */
export function fillPrompt(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`Prompt slot {{${key}}} has no value`);
    return String(value);
  });
}

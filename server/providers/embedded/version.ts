/** Recorded in provenance so a result can be traced to the library and templates that produced it. */
export const EMBEDDED_MODEL = 'session-copilot-embedded';
export const EMBEDDED_TEMPLATES_VERSION = 'embedded.v1';

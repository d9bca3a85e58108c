export { buildIdentifierDictionary, type DictionarySource } from './dictionary.ts';
export { createDeidentifier, type Deidentifier } from './deidentify.ts';
export { DictionaryEntry, IdentifierDictionary, IdentifierKind, IdentifierSource, IdentifierSpan } from './kinds.ts';

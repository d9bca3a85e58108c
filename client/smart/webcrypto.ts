/**
 * What the build gives fhirclient for `isomorphic-webcrypto` (see vite.config.ts). fhirclient
 * asks for that polyfill only where `globalThis.crypto` is missing, which no browser able to run
 * the app lacks; bundling the polyfill would add dead code and a CommonJS-in-ESM build warning.
 */
export default globalThis.crypto;

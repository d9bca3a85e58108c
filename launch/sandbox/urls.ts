export type SandboxUrls = ReturnType<typeof sandboxUrls>;

/** Every public URL of the sandbox, derived from its origin. */
export function sandboxUrls(origin: string) {
  const fhirBase = `${origin}/fhir/R4`;
  return {
    origin,
    fhirBase,
    /** Tokens are issued by the FHIR base, where the SMART and OpenID discovery documents live. */
    issuer: fhirBase,
    authorize: `${origin}/oauth/authorize`,
    token: `${origin}/oauth/token`,
    jwks: `${origin}/oauth/jwks`,
    introspect: `${origin}/oauth/introspect`,
    style: `${origin}/smart-style.json`,
  };
}

import type { SandboxUrls } from '../urls.ts';
import { CONTEXT_SCOPES } from './scopes.ts';

export const SCOPES_SUPPORTED = [
  ...CONTEXT_SCOPES,
  'patient/*.cruds',
  'patient/*.rs',
  'patient/*.read',
  'patient/*.write',
  'user/*.cruds',
  'user/*.rs',
  'user/*.read',
  'user/*.write',
  'system/*.cruds',
  'system/*.rs',
];

/** `/.well-known/smart-configuration` (SMART App Launch 2.2, section "Conformance"). */
export function smartConfiguration(urls: SandboxUrls) {
  return {
    issuer: urls.issuer,
    jwks_uri: urls.jwks,
    authorization_endpoint: urls.authorize,
    token_endpoint: urls.token,
    introspection_endpoint: urls.introspect,
    grant_types_supported: ['authorization_code', 'refresh_token', 'client_credentials'],
    token_endpoint_auth_methods_supported: ['none', 'client_secret_basic', 'client_secret_post'],
    scopes_supported: SCOPES_SUPPORTED,
    response_types_supported: ['code'],
    code_challenge_methods_supported: ['S256'],
    capabilities: [
      'launch-ehr',
      'launch-standalone',
      'client-public',
      'client-confidential-symmetric',
      'sso-openid-connect',
      'context-banner',
      'context-style',
      'context-ehr-patient',
      'context-ehr-encounter',
      'context-standalone-patient',
      'context-standalone-encounter',
      'permission-offline',
      'permission-online',
      'permission-patient',
      'permission-user',
      'permission-v1',
      'permission-v2',
    ],
  };
}

/** OpenID Connect discovery, for clients that verify the id_token through it. */
export function openidConfiguration(urls: SandboxUrls) {
  return {
    issuer: urls.issuer,
    jwks_uri: urls.jwks,
    authorization_endpoint: urls.authorize,
    token_endpoint: urls.token,
    response_types_supported: ['code'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['ES256'],
    scopes_supported: ['openid', 'fhirUser', 'profile'],
    claims_supported: ['sub', 'fhirUser', 'name', 'nonce'],
    code_challenge_methods_supported: ['S256'],
  };
}

/** The style the EHR hands to the app in `smart_style_url`, matching the shell's colours. */
export const SMART_STYLE = {
  color_background: '#f6f7f9',
  color_error: '#b42318',
  color_highlight: '#1d4ed8',
  color_modal_backdrop: 'rgba(16, 24, 40, 0.5)',
  color_success: '#067647',
  color_text: '#101828',
  dim_border_radius: '6px',
  dim_font_size: '15px',
  dim_spacing_size: '16px',
  font_family_body: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  font_family_heading: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
};

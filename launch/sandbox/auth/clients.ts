import { timingSafeEqual } from 'node:crypto';
import type { ScopeContext } from './scopes.ts';

export type RegisteredClient = {
  id: string;
  name: string;
  type: 'public' | 'confidential';
  redirectUris: readonly string[];
  grantTypes: readonly ('authorization_code' | 'refresh_token' | 'client_credentials')[];
  scopeContexts: readonly ScopeContext[];
  secret?: string;
};

export const PUBLIC_CLIENT_ID = 'session-copilot';
export const TOOLS_CLIENT_ID = 'sandbox-tools';
export const DEFAULT_TOOLS_SECRET = 'sandbox-tools-secret';

/**
 * The sandbox's client registry: the app (public, PKCE) and a confidential client for tests and
 * tools. The app's redirect is `/app` on the default app origin and on the origin it is launched from.
 */
export function registerClients(options: { appLaunchUrl: string; toolsSecret: string }): Map<string, RegisteredClient> {
  const redirectUris = [...new Set(['http://localhost:3000/app', `${new URL(options.appLaunchUrl).origin}/app`])];
  const clients: RegisteredClient[] = [
    {
      id: PUBLIC_CLIENT_ID,
      name: 'Session Copilot',
      type: 'public',
      redirectUris,
      grantTypes: ['authorization_code', 'refresh_token'],
      scopeContexts: ['patient', 'user'],
    },
    {
      id: TOOLS_CLIENT_ID,
      name: 'Sandbox tools',
      type: 'confidential',
      redirectUris: [],
      grantTypes: ['client_credentials'],
      scopeContexts: ['system'],
      secret: options.toolsSecret,
    },
  ];
  return new Map(clients.map((c) => [c.id, c]));
}

export function secretMatches(client: RegisteredClient, secret: string | undefined): boolean {
  if (!client.secret || secret === undefined) {
    return false;
  }
  const a = Buffer.from(client.secret);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

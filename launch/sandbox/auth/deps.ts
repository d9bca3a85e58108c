import type { Directory } from '../directory.ts';
import type { SandboxUrls } from '../urls.ts';
import type { RegisteredClient } from './clients.ts';
import type { AuthorizationCodes } from './codes.ts';
import type { LaunchContexts } from './launchContext.ts';
import type { RefreshFamilies } from './refreshFamilies.ts';
import type { TokenService } from './tokens.ts';

export type AuthDeps = {
  urls: SandboxUrls;
  clients: Map<string, RegisteredClient>;
  launches: LaunchContexts;
  codes: AuthorizationCodes;
  tokens: TokenService;
  refreshFamilies: RefreshFamilies;
  directory: Directory;
};

export const ACCESS_TOKEN_SECONDS = 3600;
export const OFFLINE_REFRESH_SECONDS = 30 * 24 * 3600;
export const ONLINE_REFRESH_SECONDS = 12 * 3600;

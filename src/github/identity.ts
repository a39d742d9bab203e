// Who "we" are on the pull request: the login of the token's actor. A comment is ours only
// when that login posted it; `user.type == 'Bot'` alone would take in every other bot
// (another linter, a Terraform-plan bot). Other steps posting with the same GITHUB_TOKEN
// share the login: their comments count only when they end with our exact marker.
//
// GITHUB_TOKEN acts as `github-actions[bot]`; a GitHub App installation token acts as the
// App's bot (`my-app[bot]`); a personal access token acts as its user. GraphQL's `viewer`
// answers for all three (REST `GET /user` is forbidden for installation tokens); the
// `comment-author` input overrides it for setups where neither works.

export const GITHUB_ACTIONS_LOGIN = 'github-actions[bot]';

export interface Identity {
  login: string;
  /** Where the login came from, for the log line. */
  source: 'input' | 'token' | 'default';
}

export interface Author {
  login?: string | null;
  type?: string | null;
}

export function isOurs(identity: Identity, user: Author | null | undefined): boolean {
  const login = user?.login;
  return typeof login === 'string' && login.toLowerCase() === identity.login.toLowerCase();
}

/** Logins GitHub allows, plus the `[bot]` suffix of bot accounts. */
export function isValidLogin(login: string): boolean {
  return /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(login);
}

/** A personal access token (classic or fine-grained): comments are posted as a user. */
export function isPersonalToken(token: string): boolean {
  return token.startsWith('ghp_') || token.startsWith('github_pat_');
}

/** The identity from the input, else the token's viewer, else github-actions[bot] (the default token). */
export function identityFrom(input: string, viewer: string | undefined, log: (line: string) => void): Identity {
  if (input) return { login: input, source: 'input' };
  if (viewer !== undefined && isValidLogin(viewer)) return { login: viewer, source: 'token' };
  log(
    `arch-lint could not tell which account the token posts as; assuming ${GITHUB_ACTIONS_LOGIN} ` +
      '(set `comment-author` if arch-lint posts as another account).',
  );
  return { login: GITHUB_ACTIONS_LOGIN, source: 'default' };
}

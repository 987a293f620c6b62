// The signed-in identity lives only in this browser tab (sessionStorage): closing the tab signs out.
const storageKey = 'suite.console.session';

export function currentSession() {
  const stored = sessionStorage.getItem(storageKey);
  return stored ? JSON.parse(stored) : null;
}

export function signIn(token) {
  const claims = decodeClaims(token);
  if (!claims) throw new Error('not-a-token');
  const roles = [claims.role ?? []].flat();
  const session = { token, subject: claims.sub, name: claims.name ?? claims.sub, tenant: claims.tenant, roles, agentId: claims.agent_id ?? null, expiresAt: claims.exp * 1000 };
  sessionStorage.setItem(storageKey, JSON.stringify(session));
  return session;
}

export function signOut() {
  sessionStorage.removeItem(storageKey);
}

// Reads the token's claims to show who is signed in; the services verify the signature, not the console.
function decodeClaims(token) {
  const parts = token.trim().split('.');
  if (parts.length !== 3) return null;
  try {
    const json = atob(parts[1].replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(parts[1].length / 4) * 4, '='));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, c => c.charCodeAt(0))));
  } catch {
    return null;
  }
}

import { currentSession, signOut } from './session.js';

// A failed call carries the service's ProblemDetails so pages can show what the service said.
export class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  describe() {
    const lines = [this.problem?.title ?? this.message];
    if (this.problem?.detail) lines.push(this.problem.detail);
    for (const [field, messages] of Object.entries(this.problem?.errors ?? {})) lines.push(`${field}: ${[messages].flat().join(' ')}`);
    return lines.join('\n');
  }
}

export async function api(path, { method = 'GET', body, headers = {} } = {}) {
  const session = currentSession();
  const response = await fetch(path, {
    method,
    headers: {
      Accept: 'application/json, application/problem+json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(session ? { Authorization: `Bearer ${session.token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) {
    signOut();
    location.hash = '#/sign-in';
  }
  const isJson = response.headers.get('content-type')?.includes('json');
  const payload = response.status === 204 ? null : isJson ? await response.json() : await response.text();
  if (!response.ok) throw new ApiProblem(response.status, isJson ? payload : { title: `HTTP ${response.status}` });
  return payload;
}

// Reads every page of a paged list (items/page/pageSize/total), for views that need the whole set.
export async function allPages(path, pageSize = 200) {
  const items = [];
  for (let page = 1; ; page++) {
    const separator = path.includes('?') ? '&' : '?';
    const answer = await api(`${path}${separator}page=${page}&pageSize=${pageSize}`);
    items.push(...answer.items);
    if (items.length >= answer.total || answer.items.length === 0) return items;
  }
}

// The platform's public REST API under /api, called with the person's own account.
//
// HTTP Basic: the account and password are kept for this browser tab only (sessionStorage) and sent
// with every call. `credentials: 'omit'` keeps the browser's own login dialog and its cached
// credentials out of it: a wrong password comes back to the login page as a 401, and logging out
// really forgets the account.

import { lang, setZone } from './i18n.js';

const KEY = 'govmeeting.session';

/** The logged-in person: { user, auth, me } or null. */
export function session() {
  const raw = sessionStorage.getItem(KEY);
  return raw ? JSON.parse(raw) : null;
}

// A page reloaded while signed in shows times in the person's district's zone at once.
setZone((session() || {}).me ? session().me.timeZone : null);

function keep(s) {
  setZone(s && s.me ? s.me.timeZone : null);
  if (s) {
    sessionStorage.setItem(KEY, JSON.stringify(s));
  } else {
    sessionStorage.removeItem(KEY);
  }
}

/** A failed call: the HTTP status and the problem the API sent (RFC 9457), with every error. */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  /**
   * Every problem of the answer, each { field, clause, clauseText, message }: the API's `errors`
   * list where it sends one, else the one problem it names.
   */
  get errors() {
    const p = this.problem;
    if (Array.isArray(p.errors) && p.errors.length) {
      return p.errors.map((e) => ({
        field: e.field || null,
        clause: e.clause || null,
        clauseText: e.clauseText || null,
        message: e.detail || e.message || e.title || p.title,
      }));
    }
    return [{ field: p.field || null, clause: p.clause || null, clauseText: p.clauseText || null, message: this.message }];
  }
}

function encode(user, password) {
  // UTF-8 first: btoa takes Latin-1 only, and a password may be Chinese.
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let s = '';
  bytes.forEach((b) => { s += String.fromCharCode(b); });
  return 'Basic ' + btoa(s);
}

let onExpired = () => {};

/** Called when the API no longer takes the kept account (password changed, account removed). */
export function whenExpired(handler) {
  onExpired = handler;
}

async function send(method, path, { body, headers = {}, auth, raw = false } = {}) {
  const h = { Accept: 'application/json', 'Accept-Language': lang() === 'en' ? 'en' : 'zh-CN', ...headers };
  const a = auth || (session() && session().auth);
  if (a) {
    h.Authorization = a;
  }
  let payload;
  if (method !== 'GET' && method !== 'HEAD') {
    // The API refuses a state-changing call without JSON or this header (a forged form has neither).
    h['X-Requested-With'] = 'govmeeting-webapp';
    if (body instanceof Blob || body instanceof ArrayBuffer) {
      payload = body;
    } else {
      h['Content-Type'] = 'application/json';
      payload = JSON.stringify(body === undefined ? {} : body);
    }
  }
  const url = path.startsWith('/api/') ? path : '/api/' + path.replace(/^\//, '');
  const res = await fetch(url, { method, headers: h, body: payload, credentials: 'omit', cache: 'no-store' });
  if (res.status === 304) {
    return { status: 304, etag: res.headers.get('ETag'), data: null };
  }
  if (!res.ok) {
    let problem = null;
    try {
      problem = await res.json();
    } catch (e) {
      problem = null;
    }
    if (res.status === 401 && !auth && session()) {
      onExpired();
    }
    throw new ApiError(res.status, problem);
  }
  if (raw) {
    return { status: res.status, etag: res.headers.get('ETag'), data: await res.blob(), type: res.headers.get('Content-Type') };
  }
  const text = await res.text();
  return { status: res.status, etag: res.headers.get('ETag'), location: res.headers.get('Location'), data: text ? JSON.parse(text) : null };
}

export const api = {
  get: async (path, opts) => (await send('GET', path, opts)).data,
  /** A GET answered with its ETag (and 304 with data null when the tag sent still holds). */
  getTagged: (path, opts) => send('GET', path, opts),
  post: async (path, body, opts = {}) => (await send('POST', path, { ...opts, body })).data,
  put: async (path, body, opts = {}) => (await send('PUT', path, { ...opts, body })).data,
  send,
};

/** Logs in: the API's answer to GET /me is the check of the password. */
export async function login(user, password) {
  const auth = encode(user, password);
  const me = (await send('GET', 'me', { auth })).data;
  keep({ user, auth, me });
  return me;
}

export function logout() {
  keep(null);
  directoryCache = null;
}

let directoryCache = null;

/** The district's people and units, read once per login: every page shows names, not IDs. */
export async function directory() {
  if (!directoryCache) {
    directoryCache = Promise.all([api.get('people'), api.get('units')]).then(([people, units]) => ({
      people: new Map(people.map((p) => [p.id, p])),
      units: new Map(units.map((u) => [u.id, u])),
    }));
    directoryCache.catch(() => { directoryCache = null; });
  }
  return directoryCache;
}

/** Whether the logged-in person holds one of the roles. */
export function holds(...roles) {
  const s = session();
  const p = s && s.me && s.me.person;
  return !!(p && p.roles && p.roles.some((r) => roles.includes(r)));
}

/** An `act` of the inbox ("POST /api/topics/5/reviews/9/sign") as method and path. */
export function parseAct(act) {
  const [method, path] = act.split(' ');
  return { method, path };
}

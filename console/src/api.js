import { session, clearSession } from './session.js';
import { currentLocale } from './i18n.js';

/** A refused call: the HTTP status, the RFC 9457 problem (title, detail, errors...) and a readable message. */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem || { title: `HTTP ${status}` };
  }
}

function url(path, query) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query || {})) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) v.forEach((x) => params.append(k, x));
    else params.append(k, v);
  }
  const qs = params.toString();
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path;
}

async function problemOf(response) {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return { title: text.slice(0, 200) };
  }
}

function onUnauthorized(path) {
  if (path === '/api/auth/login') return;
  clearSession();
  if (!location.hash.startsWith('#/login')) {
    const here = location.hash.replace(/^#/, '');
    location.hash = here && here !== '/' ? `#/login?redirect=${encodeURIComponent(here)}` : '#/login';
  }
}

/**
 * Calls the gateway: `request('GET', '/api/counties/410327/dashboard', { query: { from, to } })` -> parsed JSON
 * (or the Response itself with `raw: true`). Sends the bearer token and Accept-Language; a body that is not FormData
 * is sent as JSON. Throws ApiError on any status >= 400; a 401 also ends the session and goes back to the login page.
 */
export async function request(method, path, { body, query, headers, raw } = {}) {
  const h = { 'Accept-Language': currentLocale(), Accept: 'application/json, application/problem+json', ...headers };
  if (session.token) h.Authorization = `Bearer ${session.token}`;
  let payload = body;
  if (body !== undefined && body !== null && !(body instanceof FormData) && !(body instanceof Blob)) {
    h['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(url(path, query), { method, headers: h, body: payload });
  } catch (e) {
    throw new ApiError(0, {
      title: currentLocale() === 'en' ? 'The server cannot be reached' : '无法连接服务器',
      detail: String(e && e.message ? e.message : e)
    });
  }
  if (!response.ok) {
    if (response.status === 401) onUnauthorized(path);
    throw new ApiError(response.status, await problemOf(response));
  }
  if (raw) return response;
  if (response.status === 204) return null;
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/** Downloads a file (e.g. an XLSX export) through the gateway with the token, saved as `filename`. */
export async function download(path, query, filename) {
  const response = await request('GET', path, { query, raw: true, headers: { Accept: '*/*' } });
  const blob = await response.blob();
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  const name = filename || (match ? decodeURIComponent(match[1]) : 'download');
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10000);
  return name;
}

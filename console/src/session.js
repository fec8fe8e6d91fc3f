import { reactive, watch } from 'vue';
import { request } from './api.js';

const KEY = 'renda.session';

function empty() {
  return {
    token: null, username: null, role: null, counties: [], county: null,
    township: null, unit: null, deputyId: null
  };
}

function restore() {
  try {
    return { ...empty(), ...JSON.parse(sessionStorage.getItem(KEY) || '{}') };
  } catch {
    return empty();
  }
}

/**
 * Who is logged in, kept in sessionStorage (one browser tab = one session): the token, the role (COUNTY_ADMIN,
 * TOWNSHIP_CLERK, HANDLING_UNIT, DEPUTY, ANALYST, OPERATOR), the counties in scope and the one selected, and for a
 * clerk / handling unit / deputy the township / unit / deputy id from the token's claims.
 */
export const session = reactive(restore());

watch(session, (value) => {
  if (value.token) sessionStorage.setItem(KEY, JSON.stringify(value));
  else sessionStorage.removeItem(KEY);
}, { deep: true });

function claims(token) {
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(Array.from(atob(part.padEnd(part.length + (4 - part.length % 4) % 4, '=')),
      (c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join(''));
    return JSON.parse(json);
  } catch {
    return {};
  }
}

export function clearSession() {
  Object.assign(session, empty());
}

/** POST /api/auth/login; fills the session or throws the ApiError (401 bad-credentials, 400 validation). */
export async function login(username, password) {
  const body = await request('POST', '/api/auth/login', { body: { username, password } });
  const c = claims(body.token);
  const counties = body.counties || c.counties || [];
  Object.assign(session, {
    token: body.token,
    username: c.sub || username,
    role: body.role || c.role,
    counties,
    county: counties[0] || null,
    township: c.township || null,
    unit: c.unit || null,
    deputyId: c.deputy || null
  });
  return session;
}

export function logout() {
  clearSession();
}

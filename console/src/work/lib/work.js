// Helpers shared by the daily-work pages: the caller, the county's base path, paging through whole lists,
// look-ups (townships, deputies, handling units) and problem+json shown in place.
import { reactive, ref } from 'vue'
import { request } from '../../api.js'
import { session } from '../../session.js'
import { readProblem } from './problems.js'

export const ROLES = {
  ADMIN: 'COUNTY_ADMIN',
  CLERK: 'TOWNSHIP_CLERK',
  UNIT: 'HANDLING_UNIT',
  DEPUTY: 'DEPUTY',
  ANALYST: 'ANALYST',
  OPERATOR: 'OPERATOR',
}

function claims() {
  try {
    const part = (session.token || '').split('.')[1]
    if (!part) {
      return {}
    }
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'))
    const bytes = Uint8Array.from(json, c => c.charCodeAt(0))
    return JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    return {}
  }
}

/** The caller: role, selected county, and the township / unit / deputy the token is bound to. */
export function me() {
  const c = claims()
  return {
    role: session.role || c.role,
    county: session.county || (session.counties && session.counties[0]) || (c.counties && c.counties[0]),
    township: session.township || c.township || null,
    unit: session.unit || c.unit || null,
    deputyId: session.deputyId || c.deputy || null,
  }
}

export function hasRole(...roles) {
  return roles.includes(me().role)
}

/** Staff may record the township's work: the county admin anywhere, a clerk in the clerk's township. */
export function isStaff() {
  return hasRole(ROLES.ADMIN, ROLES.CLERK)
}

export function base() {
  return `/api/counties/${me().county}`
}

export function get(path, query) {
  return request('GET', base() + path, { query: clean(query) })
}

export function post(path, body) {
  return request('POST', base() + path, { body })
}

/** Drops empty values so they do not reach the API as "" (which a pattern or an enum refuses). */
export function clean(obj) {
  if (!obj) {
    return obj
  }
  const out = {}
  for (const [k, v] of Object.entries(obj)) {
    if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) {
      continue
    }
    out[k] = typeof v === 'string' ? v.trim() : v
  }
  return out
}

/** Every item of a paged list, 500 at a time (the APIs' largest page). */
export async function fetchAll(path, query, limit = 20000) {
  const items = []
  for (let page = 0; ; page++) {
    const r = await get(path, { ...clean(query), page, size: 500 })
    items.push(...(r.items || []))
    if (items.length >= (r.total ?? 0) || !(r.items || []).length || items.length >= limit) {
      return items
    }
  }
}

const caches = new Map()

function cached(key, load) {
  const full = `${me().county}:${key}`
  if (!caches.has(full)) {
    const p = load().catch(e => {
      caches.delete(full)
      throw e
    })
    caches.set(full, p)
  }
  return caches.get(full)
}

/** Forgets the look-ups, e.g. after registering deputies. */
export function forgetLookups(key) {
  for (const k of [...caches.keys()]) {
    if (!key || k.endsWith(':' + key) || k.includes(':' + key + ':')) {
      caches.delete(k)
    }
  }
}

/** The county's townships: [{code, name}], sorted by code. */
export function townships() {
  return cached('townships', async () => {
    const r = await get('/townships')
    return [...(r.items || [])].sort((a, b) => a.code.localeCompare(b.code))
  })
}

/** All deputies of the county (every status), as a Map id -> summary. */
export function deputyIndex() {
  return cached('deputies', async () => {
    const all = await fetchAll('/deputies')
    return new Map(all.map(d => [d.id, d]))
  })
}

/** The serving deputies of a township (or of the county), sorted by name. */
export function servingDeputies(township) {
  return cached(`deputies:${township || '*'}`, async () => {
    const all = await fetchAll('/deputies', { township, status: 'SERVING' })
    return all.sort((a, b) => (a.name || '').localeCompare(b.name || '', 'zh-CN'))
  })
}

/** The county's handling units: [{id, name, townshipCode, ...}]. */
export function handlingUnits() {
  return cached('units', async () => {
    const all = await fetchAll('/handling-units')
    return all.sort((a, b) => (a.name || '').localeCompare(b.name || '', 'zh-CN'))
  })
}

/** A Date's calendar day in the browser's zone, as YYYY-MM-DD (date pickers hand out local midnights). */
export function localDay(d) {
  const pad = n => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** Date pickers: no day after today (China time). */
export function futureDay(d) {
  return localDay(d) > today()
}

export function today() {
  const d = new Date(Date.now() + 8 * 3600 * 1000)
  return d.toISOString().slice(0, 10)
}

/** "2024-05-10T01:00:00Z" -> "2024-05-10 09:00" (China time). */
export function dateTime(instant) {
  if (!instant) {
    return ''
  }
  const d = new Date(instant)
  if (Number.isNaN(d.getTime())) {
    return String(instant)
  }
  return new Date(d.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ')
}

/**
 * A form's server errors: the problem (title/detail) for the form-level alert and per-field messages for the
 * Element Plus form items. {@code fields} lists the form's properties so that "deputyIds[0]" or
 * "submit.body.title" land on "deputyIds" / "title".
 */
export function useProblem(fields = []) {
  const problem = ref(null)
  const fieldErrors = reactive({})

  function clear() {
    problem.value = null
    for (const k of Object.keys(fieldErrors)) {
      delete fieldErrors[k]
    }
  }

  function show(err) {
    clear()
    const read = readProblem(err, fields)
    problem.value = read.problem
    Object.assign(fieldErrors, read.byField)
  }

  return { problem, fieldErrors, clear, show }
}

/** Options of an enum for an el-select: [{value, label}] with the label from messages (work.enum.<name>). */
export function enumOptions(t, name, values) {
  return values.map(v => ({ value: v, label: t(`work.enum.${name}.${v}`) }))
}

export function enumLabel(t, name, value) {
  if (value === null || value === undefined || value === '') {
    return ''
  }
  const key = `work.enum.${name}.${value}`
  const label = t(key)
  return label === key ? String(value) : label
}

export const ENUMS = {
  SuggestionStatus: ['SUBMITTED', 'ASSIGNED', 'REPLIED', 'RE_HANDLING', 'CLOSED'],
  SuggestionCategory: ['ECONOMIC_CONSTRUCTION', 'SOCIAL_UNDERTAKINGS', 'TOWNSHIP_CONSTRUCTION', 'ROADS_TRANSPORT_WATER',
    'AGRICULTURE', 'OTHER'],
  ReplyResult: ['RESOLVED', 'BEING_RESOLVED', 'PLANNED', 'CANNOT_RESOLVE_NOW'],
  Rating: ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'],
  Gender: ['MALE', 'FEMALE'],
  Occupation: ['CADRE', 'WORKER', 'FARMER', 'PROFESSIONAL', 'BUSINESS', 'OTHER'],
  Education: ['PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY', 'JUNIOR_COLLEGE', 'BACHELOR', 'POSTGRADUATE'],
  PartyMembership: ['CPC_MEMBER', 'DEMOCRATIC_PARTY', 'NON_PARTY'],
  DeputyStatus: ['SERVING', 'RESIGNED', 'RECALLED', 'TERMINATED', 'DECEASED'],
  LegalTopic: ['DEPUTIES_LAW', 'SUPERVISION_LAW', 'ELECTION_LAW', 'ORGANIC_LAW', 'BUDGET_REVIEW', 'CORE_KNOWLEDGE',
    'GOVERNMENT_WORK_REPORT', 'BETWEEN_SESSIONS', 'OTHER'],
  Organiser: ['COUNTY', 'TOWNSHIP'],
  Audience: ['DEPUTIES', 'GROUP_LEADERS', 'PRESIDIUM_STAFF'],
  CourseFormat: ['LECTURE', 'ON_SITE', 'ONLINE'],
  AttendanceStatus: ['PRESENT', 'LATE', 'ABSENT', 'EXCUSED'],
}

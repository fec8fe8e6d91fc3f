// The list pages' API queries, built from their filter forms and the caller; no Vue, so `node --test` checks them.
// Empty values are left in: `get`/`fetchAll` drop them before the request.

/**
 * `GET /suggestions` parameters: a clerk is held to the clerk's township, a handling unit to its own suggestions
 * (`unit=`), a deputy to the suggestions the deputy leads or co-signed (`deputy=`); `q` searches the titles. Null for
 * a deputy whose token names no deputy: such a caller has no suggestions of their own.
 */
export function suggestionQuery(filters, who) {
  const role = who.role
  if (role === 'DEPUTY' && !who.deputyId) {
    return null
  }
  return {
    township: role === 'TOWNSHIP_CLERK' ? who.township : filters.township,
    status: filters.status,
    category: filters.category,
    unit: role === 'HANDLING_UNIT' ? who.unit : filters.unit,
    deputy: role === 'DEPUTY' ? who.deputyId : null,
    year: filters.year,
    flagged: filters.flagged || null,
    overdue: filters.overdue || null,
    dueSoon: filters.dueSoon || null,
    q: trimmed(filters.q),
  }
}

/** `GET /deputies` parameters; `name` is a part of the name (the API matches it literally, ignoring case). */
export function deputyQuery(filters, who) {
  const term = parseInt(filters.term, 10)
  return {
    township: who.role === 'TOWNSHIP_CLERK' ? who.township : filters.township,
    status: filters.status,
    gender: filters.gender,
    occupation: filters.occupation,
    party: filters.party,
    education: filters.education,
    term: Number.isFinite(term) ? term : null,
    district: filters.district,
    reElected: filters.reElected || null,
    name: trimmed(filters.name),
  }
}

function trimmed(value) {
  const s = (value ?? '').toString().trim()
  return s === '' ? null : s
}

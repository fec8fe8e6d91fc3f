// Reading a problem+json answer (RFC 9457 as platform-kit's ProblemAdvice writes it) for a form. No imports, so
// that node --test can check it.

/**
 * The form property a field error belongs to: "deputyIds[0]" -> "deputyIds", "entries[2].deputyId" -> "entries",
 * "submit.body.title" -> "title" (the first segment the form knows, else the last segment).
 */
export function fieldOf(path, fields = []) {
  const parts = String(path || '').replace(/\[[^\]]*]/g, '').split('.').filter(Boolean)
  const known = parts.find(p => fields.includes(p))
  return known || parts[parts.length - 1] || ''
}

/** The problem for the form-level alert and the messages per form property ({field, message} errors). */
export function readProblem(err, fields = []) {
  const p = err && err.problem
  const problem = {
    title: (p && p.title) || (err && err.message) || String(err),
    detail: (p && p.detail) || '',
    status: (err && err.status) || (p && p.status),
    errors: p && Array.isArray(p.errors) ? p.errors : [],
  }
  const byField = {}
  for (const e of problem.errors) {
    if (e && e.field) {
      const f = fieldOf(e.field, fields)
      byField[f] = byField[f] ? `${byField[f]}；${e.message}` : e.message
    }
  }
  return { problem, byField }
}

// Pure parts of a paged list (no Vue, checked by node --test).

/** The request of one page: the search's query plus page (0-based) and size; null when the search asks nothing. */
export function pageQuery(query, page, size) {
  return query ? { ...query, page, size } : null
}

/** The cells of an export: one array per row, {@code value(row)} or {@code row[key]} per column, undefined → null. */
export function toCells(columns, rows) {
  return rows.map(r => columns.map(c => {
    const v = c.value ? c.value(r) : r[c.key]
    return v === undefined ? null : v
  }))
}

/** Puts every filter back to its initial value (the same object, so that a remembered search stays reactive). */
export function resetFilters(filters, empty) {
  return Object.assign(filters, empty)
}

/**
 * A list's description as shown: items with {@code show === false} left out, each {@code label} (a message key)
 * translated by {@code t}. Used for filters, table columns and export columns alike.
 */
export function labelled(t, items) {
  return items.filter(i => i.show !== false).map(i => ({ ...i, label: i.label ? t(i.label) : '' }))
}

/** The test hook of a list's filter: {@code <list>-filter-<param>}. */
export function filterHook(list, filter) {
  return `${list}-filter-${filter.param}`
}

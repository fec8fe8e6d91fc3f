// A list page's search: filters remembered per county, the paged request, reset and the export of all pages.
import { useI18n } from 'vue-i18n'
import { fetchAll, get, me } from './work.js'
import { remember, useList } from './list.js'
import { labelled, pageQuery, resetFilters } from './paging.js'

/**
 * {@code name} is the list's test name (also the export's file name), {@code title} the message key of its heading
 * (also the export's sheet and the table's caption), {@code path} the API, {@code empty} the initial filters,
 * {@code query(filters)} the API's query (null: ask nothing, show an empty list), {@code key} where the filters are
 * remembered (default {@code <name>:<county>}), {@code exportColumns} the XLSX's columns
 * [{label: message key, key | value(row)}]. The answer is what WorkList's {@code page} takes.
 */
export function usePagedList({ name, title, path, empty, query, key, exportColumns = [] }) {
  const { t } = useI18n()
  const filters = remember(key ?? `${name}:${me().county}`, empty)
  const currentQuery = () => query(filters)
  const list = useList(async (page, size) => {
    const q = pageQuery(currentQuery(), page, size)
    return q ? get(path, q) : { items: [], total: 0 }
  })

  function reset() {
    resetFilters(filters, empty)
    return list.search()
  }

  /** XLSX <name>.xlsx of every page of the current search. */
  function exportAll() {
    return list.exportXlsx(`${name}.xlsx`, t(title), labelled(t, exportColumns), () => {
      const q = currentQuery()
      return q ? fetchAll(path, q) : []
    })
  }

  return { name, title, filters, query: currentQuery, list, reset, exportAll }
}

// A list page's search: filters remembered per county, the paged request, reset and the export of all pages.
import { fetchAll, get, me } from './work.js'
import { remember, useList } from './list.js'
import { pageQuery, resetFilters } from './paging.js'

/**
 * {@code name} is the list's test name (also the export's file name), {@code path} the API, {@code empty} the initial
 * filters, {@code query(filters)} the API's query (null: ask nothing, show an empty list), {@code key} where the
 * filters are remembered (default {@code <name>:<county>}).
 */
export function usePagedList({ name, path, empty, query, key }) {
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

  /** XLSX <name>.xlsx of every page of the current search; {@code columns} [{label, value(row)}]. */
  function exportAll(sheet, columns) {
    return list.exportXlsx(`${name}.xlsx`, sheet, columns, () => {
      const q = currentQuery()
      return q ? fetchAll(path, q) : []
    })
  }

  return { filters, query: currentQuery, list, reset, exportAll }
}

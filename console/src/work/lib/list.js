// State and behaviour of a paged list page.
import { reactive, ref, watch } from 'vue'
import { me, useProblem } from './work.js'
import { saveWorkbook } from './xlsx.js'
import { toCells } from './paging.js'

const remembered = new Map()

/** A reactive object kept while the console runs, so that a list's filters survive a visit to a detail page. */
export function remember(key, init) {
  if (!remembered.has(key)) {
    remembered.set(key, reactive({ ...init }))
  }
  return remembered.get(key)
}

/** {@code fetchPage(page0, size)} answers {items, total}. */
export function useList(fetchPage, size = 20) {
  const page = ref(1)
  const total = ref(0)
  const items = ref([])
  const loading = ref(false)
  const exporting = ref(false)
  const { problem, show, clear } = useProblem()
  let generation = 0

  async function load() {
    const mine = ++generation
    loading.value = true
    clear()
    try {
      const r = await fetchPage(page.value - 1, size)
      if (mine === generation) {
        items.value = r.items || []
        total.value = r.total ?? items.value.length
      }
    } catch (e) {
      if (mine === generation) {
        show(e)
        items.value = []
        total.value = 0
      }
    } finally {
      if (mine === generation) {
        loading.value = false
      }
    }
  }

  function search() {
    page.value = 1
    return load()
  }

  function goto(p) {
    page.value = p
    return load()
  }

  /** Writes an XLSX of {@code rows()} (all matching rows) with {@code columns} [{label, value(row)}]. */
  async function exportXlsx(filename, sheet, columns, rows) {
    exporting.value = true
    clear()
    try {
      const all = await rows()
      saveWorkbook(filename, sheet, columns.map(c => c.label), toCells(columns, all))
    } catch (e) {
      show(e)
    } finally {
      exporting.value = false
    }
  }

  // An analyst may switch the county in the top bar: show the new county's list.
  watch(() => me().county, (now, before) => {
    if (now && now !== before) {
      search()
    }
  })

  return { page, total, items, loading, exporting, problem, load, search, goto, exportXlsx }
}

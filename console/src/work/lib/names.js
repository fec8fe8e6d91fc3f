// Names for the codes and ids lists show: townships, deputies, handling units; loaded once per county.
import { reactive } from 'vue'
import { deputyIndex, handlingUnits, townships } from './work.js'

export function useNames() {
  const names = reactive({ townships: new Map(), deputies: new Map(), units: new Map() })

  async function load(which = ['townships', 'deputies', 'units']) {
    const jobs = []
    if (which.includes('townships')) {
      jobs.push(townships().then(ts => { names.townships = new Map(ts.map(t => [t.code, t.name])) }).catch(() => {}))
    }
    if (which.includes('deputies')) {
      jobs.push(deputyIndex().then(m => { names.deputies = m }).catch(() => {}))
    }
    if (which.includes('units')) {
      jobs.push(handlingUnits().then(us => { names.units = new Map(us.map(u => [u.id, u.name])) }).catch(() => {}))
    }
    await Promise.all(jobs)
  }

  const township = code => (code ? names.townships.get(code) || code : '')
  const deputy = id => (id ? names.deputies.get(id)?.name || id.slice(0, 8) : '')
  const deputies = ids => (ids || []).map(deputy).join('、')
  const unit = id => (id ? names.units.get(id) || id.slice(0, 8) : '')

  return { names, load, township, deputy, deputies, unit }
}

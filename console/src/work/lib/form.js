// Submitting a form: client-side checks first (Element Plus rules that mirror the API's Bean Validation), then the
// request; a problem+json answer shows in place (form-level alert, field errors on the form items) and the form
// keeps everything typed.
import { nextTick, ref } from 'vue'
import { ElMessage } from 'element-plus'
import { useProblem } from './work.js'
import { makeSave } from './save.js'

export function useSubmit(formRef, fields) {
  const { problem, fieldErrors, clear, show } = useProblem(fields)
  const busy = ref(false)

  async function submit(action) {
    clear()
    if (formRef.value) {
      const valid = await formRef.value.validate().then(() => true, () => false)
      if (!valid) {
        return undefined
      }
    }
    busy.value = true
    try {
      return await action()
    } catch (e) {
      show(e)
      return undefined
    } finally {
      busy.value = false
    }
  }

  return { problem, fieldErrors, busy, submit, clear, show }
}

/**
 * {@code save(state, request, { message, then })}: {@code state.submit(request)} (a useSubmit), and when the API took
 * the step the success message, then {@code then(answer)} (go to the next page, load again until the step shows).
 */
export const save = makeSave(message => ElMessage.success(message))

/** Empties a step's form once the step was taken: the values back to {@code empty}, then no rule's message left. */
export async function emptyForm(formRef, form, empty) {
  Object.assign(form, empty)
  await nextTick()
  formRef.value?.clearValidate()
}

/** A "required" rule in the current language (build rules in a computed so that they follow the locale). */
export function required(t, label, select = false) {
  return {
    required: true,
    message: t(select ? 'work.common.requiredSelect' : 'work.common.required', { field: label }),
    trigger: select ? 'change' : 'blur',
  }
}

export function maxLength(t, max) {
  return { max, message: t('work.common.tooLong', { max }), trigger: 'blur' }
}

/** The form's properties that carry a value: blank strings and empty lists dropped, strings trimmed. */
export function payload(model) {
  const out = {}
  for (const [k, v] of Object.entries(model)) {
    if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) {
      continue
    }
    out[k] = typeof v === 'string' ? v.trim() : v
  }
  return out
}

/** Lines of a textarea as a list, blank lines dropped. */
export function lines(text) {
  return String(text || '').split('\n').map(s => s.trim()).filter(Boolean)
}

// Saving a form (pure, checked by node --test): the request through useSubmit's submit (client checks first, the
// problem shown in place on a refusal), then, only when the API took it, the success message and what follows.

/**
 * {@code notify(message)} tells of a success (ElMessage in the pages, see form.js). The returned
 * {@code save(state, request, { message, then })} answers what {@code state.submit(request)} answered, or undefined
 * when it was refused; {@code then(answer)} (navigate, reload until the step shows) is awaited after the message.
 */
export function makeSave(notify) {
  return async function save(state, request, { message, then } = {}) {
    const answer = await state.submit(request)
    if (!answer) {
      return undefined
    }
    if (message) {
      notify(message)
    }
    if (then) {
      await then(answer)
    }
    return answer
  }
}

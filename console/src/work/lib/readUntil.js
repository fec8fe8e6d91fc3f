// Reading a projection again after a step (pure, checked by node --test): read models are written a moment after
// the command is stored, so the pages ask again, 0.5 s apart, until the answer shows the step.

const pause = ms => new Promise(resolve => setTimeout(resolve, ms))

/**
 * {@code read()} up to {@code tries} times, {@code wait} ms apart, until {@code expect(answer)} holds (no expect: the
 * first answer); the last try's answer is taken whatever it shows. A 404 (not projected yet) is asked again when
 * {@code retryMissing}; any other error, or a 404 on the last try, is thrown.
 */
export async function readUntil(read, expect, { tries = 20, wait = 500, retryMissing = true, sleep = pause } = {}) {
  for (let attempt = 1; ; attempt++) {
    const last = attempt >= tries
    try {
      const answer = await read()
      if (!expect || expect(answer) || last) {
        return answer
      }
    } catch (e) {
      if (e?.status !== 404 || last || !retryMissing) {
        throw e
      }
    }
    await sleep(wait)
  }
}

/**
 * Passes items through and calls `onIdle` when the source has produced nothing for `ms`. The openai
 * client's own timeout ends when the response headers arrive, so without this a stalled answer
 * stream would hold the turn open for ever.
 */
export async function* watchIdle<T>(source: AsyncIterable<T>, ms: number, onIdle: () => void): AsyncGenerator<T> {
  let timer = setTimeout(onIdle, ms);
  try {
    for await (const item of source) {
      clearTimeout(timer);
      yield item;
      timer = setTimeout(onIdle, ms);
    }
  } finally {
    clearTimeout(timer);
  }
}

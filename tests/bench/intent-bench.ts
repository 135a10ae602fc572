import { isDeepStrictEqual } from 'node:util';
import { INTENT_CASES } from '@/server/agent/intent/parse-intent.cases';
import { parseIntent } from '@/server/agent/intent/parse-intent';
import { HELDOUT_FILE, measure, readPhrasings, TUNE_FILE } from '@/server/agent/intent/real/real-phrasings';

const WARMUP_ROUNDS = 20;
const MIN_DURATION_MS = 2_000;

/** Offline intent parser: accuracy on the test table (every field exact) and intents per second. */
export async function run(): Promise<void> {
  const misses = INTENT_CASES.filter(({ text, expected }) => !isDeepStrictEqual(parseIntent(text), expected));
  const accuracy = (INTENT_CASES.length - misses.length) / INTENT_CASES.length;
  console.log(`accuracy: ${(accuracy * 100).toFixed(1)}% (${INTENT_CASES.length - misses.length}/${INTENT_CASES.length} phrasings, all fields exact)`);
  for (const miss of misses) console.log(`  miss: "${miss.text}" -> ${JSON.stringify(parseIntent(miss.text))}`);
  const percent = (exact: number, total: number) => `${((exact / total) * 100).toFixed(1)}% (${exact}/${total})`;
  const tune = measure(readPhrasings(TUNE_FILE));
  console.log(`real phrasings, tune: ${percent(tune.exact, tune.total)} all fields exact`);
  for (const miss of tune.misses) console.log(`  tune miss: "${miss.text}" -> ${JSON.stringify(miss.actual)}`);
  // Held-out misses are never printed: the parser is tuned on the tune split only.
  const heldout = measure(readPhrasings(HELDOUT_FILE));
  console.log(`real phrasings, held-out: ${percent(heldout.exact, heldout.total)} all fields exact`);

  for (let round = 0; round < WARMUP_ROUNDS; round += 1) for (const { text } of INTENT_CASES) parseIntent(text);
  let parsed = 0;
  const started = performance.now();
  while (performance.now() - started < MIN_DURATION_MS) {
    for (const { text } of INTENT_CASES) parseIntent(text);
    parsed += INTENT_CASES.length;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`throughput: ${Math.round(parsed / seconds).toLocaleString('en-US')} intents/s (${parsed.toLocaleString('en-US')} parses in ${seconds.toFixed(2)} s, one core)`);
  console.log(`latency: ${((seconds * 1e6) / parsed).toFixed(1)} µs per intent on average`);
}

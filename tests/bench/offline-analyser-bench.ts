import { performance } from 'node:perf_hooks';
import { analyseOffline } from '@/server/news/offline/offline-analyser';
import { SAMPLE_ARTICLES } from '@/server/news/sample/sample-articles';

const MIN_ANALYSES = 2_000;
const WARM_UP_ROUNDS = 5;

/** Offline analyser throughput on the sample corpus, single-threaded (one core). */
export async function run(): Promise<void> {
  const inputs = SAMPLE_ARTICLES.map((a) => ({ ...a, publishedAt: new Date().toISOString() }));
  for (let r = 0; r < WARM_UP_ROUNDS; r += 1) for (const input of inputs) analyseOffline(input);
  const rounds = Math.ceil(MIN_ANALYSES / inputs.length) * 2;
  let checksum = 0;
  const started = performance.now();
  for (let r = 0; r < rounds; r += 1) {
    for (const input of inputs) checksum += analyseOffline(input).analysis.importance;
  }
  const seconds = (performance.now() - started) / 1000;
  const count = rounds * inputs.length;
  const words = inputs.reduce((sum, a) => sum + a.text.split(/\s+/).length, 0) / inputs.length;
  console.log(`offline analyser: ${Math.round(count / seconds)} articles/s (one core)`);
  console.log(`  ${count} analyses of ${inputs.length} sample articles (~${Math.round(words)} words each) in ${seconds.toFixed(2)} s, ${((seconds * 1000) / count).toFixed(2)} ms/article (checksum ${checksum})`);
}

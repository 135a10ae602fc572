import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// Runs every tests/bench/*-bench.ts (or only those whose name contains an argument) in order.
const filters = process.argv.slice(2);
const dir = resolve('tests/bench');
const files = readdirSync(dir)
  .filter((name) => name.endsWith('-bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file.replace(/-bench\.ts$/, '')} ===`);
  try {
    const module = (await import(pathToFileURL(resolve(dir, file)).href)) as { run: () => Promise<void> };
    await module.run();
  } catch (error) {
    failed += 1;
    console.error(`bench ${file} failed:`, error);
  }
}
process.exit(failed > 0 ? 1 : 0);

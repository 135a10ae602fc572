import { parseIntent } from '@/server/agent/intent/parse-intent';

// `npm run agent -- "swap half my USDC on Arbitrum to ETH"`: the offline parser's Intent as one JSON line.
const text = process.argv.slice(2).join(' ').trim();
if (text === '') {
  process.stderr.write('usage: npm run agent -- "<request in plain words>"\n  e.g. npm run agent -- "bridge 0.2 ETH from Base to Optimism"\n');
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(parseIntent(text))}\n`);

import { readRequest } from '@/server/agent/intent/parse-intent';
import { refusalReason } from '@/server/agent/offline/refusal-reply';

// `npm run agent -- "swap half my USDC on Arbitrum to ETH"`: the offline parser's Intent as one JSON line;
// when the agent would refuse it as a trade, why, on stderr.
const text = process.argv.slice(2).join(' ').trim();
if (text === '') {
  process.stderr.write('usage: npm run agent -- "<request in plain words>"\n  e.g. npm run agent -- "bridge 0.2 ETH from Base to Optimism"\n');
  process.exit(2);
}
const { intent, refusal } = readRequest(text);
process.stdout.write(`${JSON.stringify(intent)}\n`);
if (refusal) process.stderr.write(`not a trade: ${refusalReason(refusal)}\n`);

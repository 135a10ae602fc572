import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../../..');
const agent = (text: string) => run('npx', ['tsx', 'src/server/cli/agent.ts', text], { cwd: root });

describe('npm run agent on requests the agent refuses (child process)', () => {
  it('prints the intent on stdout and why it is not a trade on stderr', async () => {
    const testnet = await agent('swap 1 ETH to USDC on Ethereum Sepolia');
    expect(JSON.parse(testnet.stdout)).toMatchObject({ kind: 'swap', fromChainId: null, toChainId: null, fromToken: 'ETH' });
    expect(testnet.stderr).toBe('not a trade: you named Sepolia, a test network; I only trade on the main networks of the supported chains and will not move your request to one of them\n');
    const order = await agent('sell 0.5 ETH at $2000');
    expect(JSON.parse(order.stdout)).toMatchObject({ kind: 'unknown', fromToken: null, amount: null });
    expect(order.stderr).toMatch(/^not a trade: limit and stop orders/);
  }, 60_000);

  it('prints nothing on stderr for a plain request', async () => {
    const quote = await agent('get a quote for swapping 0.5 ETH to USDC');
    expect(JSON.parse(quote.stdout)).toMatchObject({ kind: 'swap', fromToken: 'ETH', toToken: 'USDC', amount: { type: 'exact', value: '0.5' } });
    expect(quote.stderr).toBe('');
  }, 60_000);
});

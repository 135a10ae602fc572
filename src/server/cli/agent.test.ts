import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { intentSchema } from '@/domain/intent';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../../..');

async function agent(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'src/server/cli/agent.ts', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run agent (child process)', () => {
  it('prints the intent as exactly one line of JSON and exits 0', async () => {
    const { code, stdout } = await agent('swap half my USDC on Arbitrum to ETH');
    expect(code).toBe(0);
    const lines = stdout.split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(1);
    expect(intentSchema.parse(JSON.parse(lines[0]!))).toEqual({
      kind: 'swap',
      fromChainId: 42161,
      toChainId: 42161,
      fromToken: 'USDC',
      toToken: 'ETH',
      amount: { type: 'percent', value: '50' },
    });
  }, 60_000);

  it('joins several arguments with spaces and never prints a recipient', async () => {
    const bridge = await agent('bridge', '0.2', 'ETH', 'from', 'Base', 'to', 'Optimism');
    expect(JSON.parse(bridge.stdout)).toMatchObject({ kind: 'bridge', fromChainId: 8453, toChainId: 10, amount: { type: 'exact', value: '0.2' } });
    const send = await agent('send ETH to 0x1234567890abcdef1234567890abcdef12345678');
    expect(send.code).toBe(0);
    expect(send.stdout).not.toContain('0x');
    expect(JSON.parse(send.stdout)).toMatchObject({ kind: 'unknown', fromToken: null });
  }, 60_000);

  it('prints usage to stderr and exits 2 without text', async () => {
    const { code, stdout, stderr } = await agent();
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('usage: npm run agent');
  }, 60_000);
});

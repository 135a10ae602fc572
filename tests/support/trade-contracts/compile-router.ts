import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Abi, Hex } from 'viem';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const cacheDir = join(root, 'tests', '.tmp', 'trade-contracts');

export interface CompiledContract {
  abi: Abi;
  bytecode: Hex;
}

interface SolcOutput {
  errors?: { severity: string; formattedMessage: string }[];
  contracts: Record<string, Record<string, { abi: Abi; evm: { bytecode: { object: string } } }>>;
}

/** Compiles FakeLifiRouter.sol with the npm solc (no download); cached by source hash in tests/.tmp. */
export async function compileFakeRouter(): Promise<CompiledContract> {
  const source = await readFile(join(here, 'FakeLifiRouter.sol'), 'utf8');
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
  const cacheFile = join(cacheDir, `FakeLifiRouter-${hash}.json`);
  const cached = await readFile(cacheFile, 'utf8').catch(() => undefined);
  if (cached) return JSON.parse(cached) as CompiledContract;

  const require = createRequire(import.meta.url);
  const solc = require('solc') as { compile(input: string, callbacks: { import: (path: string) => { contents: string } | { error: string } }): string };
  const input = {
    language: 'Solidity',
    sources: { 'FakeLifiRouter.sol': { content: source } },
    settings: { optimizer: { enabled: true, runs: 200 }, evmVersion: 'paris', outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } } },
  };
  const findImport = (path: string) => {
    try {
      return { contents: require('node:fs').readFileSync(require.resolve(path), 'utf8') as string };
    } catch {
      return { error: `not found: ${path}` };
    }
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport })) as SolcOutput;
  const errors = (output.errors ?? []).filter((e) => e.severity === 'error');
  if (errors.length > 0) throw new Error(`FakeLifiRouter.sol does not compile:\n${errors.map((e) => e.formattedMessage).join('\n')}`);
  const contract = output.contracts['FakeLifiRouter.sol']?.FakeLifiRouter;
  if (!contract) throw new Error('solc produced no FakeLifiRouter');
  const compiled: CompiledContract = { abi: contract.abi, bytecode: `0x${contract.evm.bytecode.object}` };
  await mkdir(cacheDir, { recursive: true });
  const temp = `${cacheFile}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(compiled));
  await rename(temp, cacheFile); // atomic: parallel test files never read half a file
  return compiled;
}

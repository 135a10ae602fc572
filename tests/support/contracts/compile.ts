import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Abi, Hex } from 'viem';

export interface CompiledContract {
  abi: Abi;
  /** Creation bytecode. */
  bytecode: Hex;
  /** Runtime bytecode (what anvil_setCode installs). */
  deployedBytecode: Hex;
}

export type TestContractName = 'TestToken' | 'RevertingToken' | 'Multicall3';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const cacheDir = join(root, 'tests/.tmp/contracts');
const require = createRequire(import.meta.url);

interface SolcOutput {
  errors?: { severity: string; formattedMessage: string }[];
  contracts: Record<string, Record<string, { abi: Abi; evm: { bytecode: { object: string }; deployedBytecode: { object: string } } }>>;
}

function readImport(path: string): { contents: string } | { error: string } {
  const file = path.startsWith('@openzeppelin/') ? join(root, 'node_modules', path) : join(here, path);
  return existsSync(file) ? { contents: readFileSync(file, 'utf8') } : { error: `not found: ${path}` };
}

let memo: Promise<Record<TestContractName, CompiledContract>> | undefined;

/**
 * Compiles tests/support/contracts/*.sol with npm `solc` (OpenZeppelin sources from node_modules).
 * The output is cached under tests/.tmp/contracts keyed by the sources and compiler version, so only
 * the first run after a change pays the (slow, pure-JS) compile.
 */
export function compileTestContracts(): Promise<Record<TestContractName, CompiledContract>> {
  memo ??= Promise.resolve().then(() => {
    const solc = require('solc') as { version(): string; compile(input: string, callbacks: { import: typeof readImport }): string };
    const sources = Object.fromEntries(
      readdirSync(here).filter((f) => f.endsWith('.sol')).sort().map((f) => [f, { content: readFileSync(join(here, f), 'utf8') }]),
    );
    const key = createHash('sha256').update(solc.version()).update(JSON.stringify(sources)).digest('hex').slice(0, 16);
    const cacheFile = join(cacheDir, `${key}.json`);
    if (existsSync(cacheFile)) return JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<TestContractName, CompiledContract>;

    const input = {
      language: 'Solidity',
      sources,
      settings: { optimizer: { enabled: true, runs: 200 }, outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } } },
    };
    const output = JSON.parse(solc.compile(JSON.stringify(input), { import: readImport })) as SolcOutput;
    const errors = (output.errors ?? []).filter((e) => e.severity === 'error');
    if (errors.length > 0) throw new Error(`solc failed:\n${errors.map((e) => e.formattedMessage).join('\n')}`);
    const result = {} as Record<TestContractName, CompiledContract>;
    for (const [path, file] of Object.entries(output.contracts)) {
      if (path.startsWith('@openzeppelin/')) continue;
      for (const [name, contract] of Object.entries(file)) {
        result[name as TestContractName] = {
          abi: contract.abi,
          bytecode: `0x${contract.evm.bytecode.object}`,
          deployedBytecode: `0x${contract.evm.deployedBytecode.object}`,
        };
      }
    }
    mkdirSync(cacheDir, { recursive: true });
    const temp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(result));
    renameSync(temp, cacheFile); // atomic: parallel test files never read half a file
    return result;
  });
  return memo;
}

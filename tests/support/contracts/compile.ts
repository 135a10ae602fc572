import { createHash, randomUUID } from 'node:crypto';
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

type TestContractName = 'TestToken' | 'RevertingToken' | 'Multicall3';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const cacheDir = join(root, 'tests/.tmp/contracts');
const require = createRequire(import.meta.url);

interface SolcOutput {
  errors?: { severity: string; formattedMessage: string }[];
  contracts: Record<string, Record<string, { abi: Abi; evm: { bytecode: { object: string }; deployedBytecode: { object: string } } }>>;
}

function importerFor(folder: string) {
  return (path: string): { contents: string } | { error: string } => {
    const file = path.startsWith('@openzeppelin/') ? join(root, 'node_modules', path) : join(folder, path);
    return existsSync(file) ? { contents: readFileSync(file, 'utf8') } : { error: `not found: ${path}` };
  };
}

const memo = new Map<string, Promise<Record<string, CompiledContract>>>();

/**
 * Compiles every .sol file of a folder with npm `solc` (OpenZeppelin sources from node_modules).
 * The output is cached under tests/.tmp/contracts keyed by the sources, settings and compiler version,
 * so only the first run after a change pays the (slow, pure-JS) compile.
 */
export function compileSolidityFolder(folder: string, options: { evmVersion?: string } = {}): Promise<Record<string, CompiledContract>> {
  const memoKey = `${folder}|${options.evmVersion ?? ''}`;
  let compiled = memo.get(memoKey);
  if (!compiled) {
    compiled = Promise.resolve().then(() => compileNow(folder, options.evmVersion));
    memo.set(memoKey, compiled);
  }
  return compiled;
}

function compileNow(folder: string, evmVersion: string | undefined): Record<string, CompiledContract> {
  const solc = require('solc') as { version(): string; compile(input: string, callbacks: { import: ReturnType<typeof importerFor> }): string };
  const sources = Object.fromEntries(
    readdirSync(folder).filter((f) => f.endsWith('.sol')).sort().map((f) => [f, { content: readFileSync(join(folder, f), 'utf8') }]),
  );
  const settings = {
    optimizer: { enabled: true, runs: 200 },
    ...(evmVersion ? { evmVersion } : {}),
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
  };
  const key = createHash('sha256').update(solc.version()).update(JSON.stringify({ sources, settings })).digest('hex').slice(0, 16);
  const cacheFile = join(cacheDir, `${key}.json`);
  if (existsSync(cacheFile)) return JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, CompiledContract>;

  const output = JSON.parse(solc.compile(JSON.stringify({ language: 'Solidity', sources, settings }), { import: importerFor(folder) })) as SolcOutput;
  const errors = (output.errors ?? []).filter((e) => e.severity === 'error');
  if (errors.length > 0) throw new Error(`solc failed:\n${errors.map((e) => e.formattedMessage).join('\n')}`);
  const result: Record<string, CompiledContract> = {};
  for (const [path, file] of Object.entries(output.contracts)) {
    if (path.startsWith('@openzeppelin/')) continue;
    for (const [name, contract] of Object.entries(file)) {
      result[name] = {
        abi: contract.abi,
        bytecode: `0x${contract.evm.bytecode.object}`,
        deployedBytecode: `0x${contract.evm.deployedBytecode.object}`,
      };
    }
  }
  mkdirSync(cacheDir, { recursive: true });
  // Test files run in worker threads of one process: the temp name must be unique per writer, not per pid.
  const temp = `${cacheFile}.${randomUUID()}.tmp`;
  writeFileSync(temp, JSON.stringify(result));
  renameSync(temp, cacheFile); // atomic: parallel test files never read half a file
  return result;
}

/** The ERC-20 test tokens and Multicall3 of tests/support/contracts. */
export function compileTestContracts(): Promise<Record<TestContractName, CompiledContract>> {
  return compileSolidityFolder(here) as Promise<Record<TestContractName, CompiledContract>>;
}

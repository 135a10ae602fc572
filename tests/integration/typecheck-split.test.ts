import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Browser code is typechecked by src/tsconfig.browser.json, which has no Node types; everything else by
// src/tsconfig.node.json. One probe file, checked under each config exactly as `npm run typecheck` would:
// the Node lines must fail in the browser and pass in Node, and every other line must pass in both.
const root = resolve(import.meta.dirname, '../..');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const dir = join(root, 'tests/.tmp', `typecheck-split-${process.pid}`);
const TSC_TIMEOUT = 180_000;

const PROBE = [
  "import { readFileSync } from 'node:fs';",
  // wagmi's Coinbase connector declarations say `/// <reference types="node" />`: the leak the browser config must stop.
  "import { coinbaseWallet } from 'wagmi/connectors';",
  "import { createWalletConfig } from '@/features/wallet/lib/create-wallet-config';",
  'export const env = process.env.NODE_ENV;',
  "export const bytes = Buffer.from('probe');",
  'export const dev: boolean = import.meta.env.DEV;',
  'export const here: string = window.location.href;',
  'export const used = [readFileSync, coinbaseWallet, createWalletConfig];',
  '',
].join('\n');
const NODE_LINES = { 'node:fs': 1, process: 4, Buffer: 5 };

interface Diagnostic {
  line: number;
  text: string;
}

async function typecheck(side: 'browser' | 'node'): Promise<{ code: number; diagnostics: Diagnostic[]; output: string }> {
  const config = join(dir, `tsconfig.${side}.json`);
  const files = side === 'browser' ? ['probe.ts', join(root, 'src/browser-types/vite-client.d.ts')] : ['probe.ts'];
  await writeFile(config, JSON.stringify({
    extends: join(root, `src/tsconfig.${side}.json`),
    compilerOptions: { incremental: false, tsBuildInfoFile: null },
    include: [],
    files,
  }));
  return new Promise((done) => {
    execFile(process.execPath, [tsc, '--noEmit', '--pretty', 'false', '-p', config], { cwd: root, timeout: TSC_TIMEOUT }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`;
      const diagnostics = [...output.matchAll(/probe\.ts\((\d+),\d+\): error (TS\d+: .*)/g)].map((m) => ({ line: Number(m[1]), text: m[2] ?? '' }));
      done({ code: error ? Number(error.code ?? 1) : 0, diagnostics, output });
    });
  });
}

let browser: Awaited<ReturnType<typeof typecheck>>;
let node: Awaited<ReturnType<typeof typecheck>>;

beforeAll(async () => {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'probe.ts'), PROBE);
  [browser, node] = await Promise.all([typecheck('browser'), typecheck('node')]);
}, TSC_TIMEOUT * 2);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('separate TypeScript settings for browser and Node code', () => {
  it('a browser file cannot use process, Buffer or node:fs, even with wagmi loaded', () => {
    expect(browser.code, browser.output).not.toBe(0);
    for (const [name, line] of Object.entries(NODE_LINES)) {
      const found = browser.diagnostics.filter((d) => d.line === line);
      expect(found.map((d) => d.text).join('\n'), `line ${line} (${name})`).toContain(name);
    }
  });

  it('fails only on the Node lines: Vite client types, DOM and the @/ alias work in the browser config', () => {
    expect([...new Set(browser.diagnostics.map((d) => d.line))].sort()).toEqual(Object.values(NODE_LINES).sort());
  });

  it('the same probe passes under the Node config, so the failures come from the settings', () => {
    expect(node.diagnostics, node.output).toEqual([]);
    expect(node.code, node.output).toBe(0);
  });
});

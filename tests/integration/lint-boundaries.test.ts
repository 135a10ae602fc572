import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The import boundaries of ARCHITECTURE.md, as `npm run lint` enforces them: each case lints a small
// source as if it were the named file (nothing is written to src/) and names the rule that must fire.
const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: resolve(root, '.eslint.config.js'), cache: false });
const LINT_TIMEOUT = 60_000;

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

const refused: Array<[string, string, string, RegExp]> = [
  ['a feature importing another through the alias', 'src/features/news/lib/probe.ts', "import { usePortfolio } from '@/features/portfolio/api/get-portfolio';\nexport const x = usePortfolio;", /src\/features\/news must not import src\/features\/portfolio/],
  ['a feature importing another by a relative path', 'src/features/trade/lib/probe.ts', "import { holdingsOf } from '../../portfolio/lib/holdings';\nexport const x = holdingsOf;", /src\/features\/trade must not import src\/features\/portfolio/],
  ['a feature re-exporting another', 'src/features/agent/lib/probe.ts', "export * from '@/features/news/lib/safe-url';", /src\/features\/agent must not import src\/features\/news/],
  ['a feature lazily importing another', 'src/features/agent/components/probe.tsx', "export const x = () => import('@/features/trade/components/trade-panel');", /src\/features\/agent must not import src\/features\/trade/],
  ['the domain importing React', 'src/domain/probe.ts', "import { useState } from 'react';\nexport const x = useState;", /no React/],
  ['the domain importing a Node built-in', 'src/domain/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", /no Node built-ins \(node:fs\)/],
  ['the domain importing a bare Node built-in', 'src/domain/policy/probe.ts', "import { createHash } from 'crypto';\nexport const x = createHash;", /no Node built-ins \(crypto\)/],
  ['the domain importing a viem transport', 'src/domain/probe.ts', "import { http, formatUnits } from 'viem';\nexport const x = [http, formatUnits];", /no network calls/],
  ['the domain importing a viem client', 'src/domain/probe.ts', "import { createPublicClient } from 'viem';\nexport const x = createPublicClient;", /no network calls/],
  ['the domain using the LI.FI SDK at run time', 'src/domain/probe.ts', "import { getRoutes } from '@lifi/sdk';\nexport const x = getRoutes;", /for its types only/],
  ['the domain importing a feature', 'src/domain/probe.ts', "import { parseSlippagePercent } from '@/features/trade/lib/slippage';\nexport const x = parseSlippagePercent;", /outside src\/domain.*src\/features\/trade/],
  ['the domain importing the server', 'src/domain/probe.ts', "import { loadConfig } from '../server/config';\nexport const x = loadConfig;", /browser code never imports src\/server/],
  ['a feature importing the server', 'src/features/news/api/probe.ts', "import type { AppConfig } from '@/server/config';\nexport type X = AppConfig;", /browser code never imports src\/server/],
  ['ui importing the server', 'src/ui/probe.ts', "import { loadConfig } from '@/server/config';\nexport const x = loadConfig;", /browser code never imports src\/server/],
  ['a hook importing a component (type only)', 'src/features/trade/hooks/use-probe.ts', "import type { TradePanel } from '../components/trade-panel';\nexport type X = typeof TradePanel;", /a hook never imports from a component/],
  ['a use-*.ts hook importing a .tsx component', 'src/app/use-probe.ts', "import { App } from './app';\nexport const x = App;", /a hook never imports from a component \(src\/app\/app\.tsx\)/],
  ['openai outside src/server', 'tests/support/probe.ts', "import OpenAI from 'openai';\nexport const x = OpenAI;", /openai package is used by src\/server only/],
];

const allowed: Array<[string, string, string]> = [
  ['a feature importing its own lib', 'src/features/trade/hooks/use-probe.ts', "import { parseSlippagePercent } from '../lib/slippage';\nimport { gasReserve } from '@/domain/gas-reserve';\nexport const x = [parseSlippagePercent, gasReserve];"],
  ['app composing two features', 'src/app/probe.tsx', "import { portfolioQueryOptions } from '@/features/portfolio/api/get-portfolio';\nimport { TradePanel } from '@/features/trade/components/trade-panel';\nexport const x = [portfolioQueryOptions, TradePanel];"],
  ['the domain using viem maths and LI.FI types', 'src/domain/probe.ts', "import { formatUnits } from 'viem';\nimport type { Route } from '@lifi/sdk';\nimport { chainById } from './chains';\nexport const x = [formatUnits, chainById];\nexport type R = Route;"],
  ['a domain test reading a fixture from disk', 'src/domain/policy/probe.test.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
  ['the server using openai, Node and the domain', 'src/server/probe.ts', "import OpenAI from 'openai';\nimport { createServer } from 'node:http';\nimport { chainById } from '@/domain/chains';\nexport const x = [OpenAI, createServer, chainById];"],
  ['a component importing a hook', 'src/features/trade/components/probe.tsx', "import { useTradeForm } from '../hooks/use-trade-form';\nexport const x = useTradeForm;"],
];

describe('lint: import boundaries', () => {
  it.each(refused)('refuses %s', async (_name, file, code, message) => {
    const errors = await boundaryErrors(file, code);
    expect(errors.length, errors.join('\n')).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(message);
  }, LINT_TIMEOUT);

  it.each(allowed)('allows %s', async (_name, file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  }, LINT_TIMEOUT);
});

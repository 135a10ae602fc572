import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSolidityFolder, type CompiledContract } from '../contracts/compile';

const here = dirname(fileURLToPath(import.meta.url));

/** Compiles FakeLifiRouter.sol with the npm solc (no download), cached like the other test contracts. */
export async function compileFakeRouter(): Promise<CompiledContract> {
  const compiled = await compileSolidityFolder(here, { evmVersion: 'paris' });
  const router = compiled.FakeLifiRouter;
  if (!router) throw new Error('solc produced no FakeLifiRouter');
  return router;
}

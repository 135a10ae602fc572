import {
  createPublicClient, createWalletClient, defineChain, http, keccak256, encodeAbiParameters, pad, toHex,
  type Address, type Hex, type PublicClient, type WalletClient,
} from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { MULTICALL3_ADDRESS } from '@/domain/chains';
import { ANVIL_ACCOUNT, type AnvilChain } from '../anvil';
import { compileTestContracts } from './compile';

/** Sends one raw JSON-RPC request (anvil_* cheat codes included) and returns its result. */
async function anvilRpc<T = unknown>(chain: Pick<AnvilChain, 'rpcUrl'>, method: string, params: unknown[] = []): Promise<T> {
  const response = await fetch(chain.rpcUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  const body = (await response.json()) as { result?: T; error?: { message: string } };
  if (body.error) throw new Error(`${method} failed: ${body.error.message}`);
  return body.result as T;
}

function viemChain(chain: AnvilChain) {
  return defineChain({
    id: chain.chainId, name: `anvil ${chain.chainId}`, nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [chain.rpcUrl] } },
  });
}

/** A viem public client for an anvil chain (fast polling, so receipts arrive at once). */
export function testPublicClient(chain: AnvilChain): PublicClient {
  return createPublicClient({ chain: viemChain(chain), transport: http(chain.rpcUrl), pollingInterval: 50 });
}

/** A viem wallet client signing with ANVIL_ACCOUNT's key (or another key) on an anvil chain. */
export function testWalletClient(chain: AnvilChain, privateKey: Hex = ANVIL_ACCOUNT.privateKey): WalletClient {
  return createWalletClient({ account: privateKeyToAccount(privateKey), chain: viemChain(chain), transport: http(chain.rpcUrl), pollingInterval: 50 });
}

/** Installs Multicall3 (aggregate3, getEthBalance…) at its canonical address 0xcA11…CA11, as on real chains. */
export async function installMulticall3(chain: AnvilChain): Promise<void> {
  const { Multicall3 } = await compileTestContracts();
  await anvilRpc(chain, 'anvil_setCode', [MULTICALL3_ADDRESS, Multicall3.deployedBytecode]);
}

export interface TestTokenSpec {
  name: string;
  symbol: string;
  /** Any uint8, absurd values included (e.g. 77 or 255). */
  decimals: number;
  /** 'reverting': balanceOf always reverts. */
  kind?: 'standard' | 'reverting';
}

/** Deploys a test ERC-20 (open `mint`) from ANVIL_ACCOUNT and returns its address. Deploy sequentially per chain (one nonce). */
export async function deployTestToken(chain: AnvilChain, spec: TestTokenSpec): Promise<Address> {
  const contracts = await compileTestContracts();
  const contract = spec.kind === 'reverting' ? contracts.RevertingToken : contracts.TestToken;
  const wallet = testWalletClient(chain);
  const hash = await wallet.deployContract({
    abi: contract.abi, bytecode: contract.bytecode, args: [spec.name, spec.symbol, spec.decimals], account: wallet.account!, chain: wallet.chain,
  });
  const receipt = await testPublicClient(chain).waitForTransactionReceipt({ hash });
  if (receipt.status !== 'success' || !receipt.contractAddress) throw new Error(`deploying ${spec.symbol} failed`);
  return receipt.contractAddress;
}

/** Mints `amount` base units of a TestToken to `to` (a transaction from ANVIL_ACCOUNT, mined at once). */
export async function mintTestToken(chain: AnvilChain, token: Address, to: Address, amount: bigint): Promise<void> {
  const { TestToken } = await compileTestContracts();
  const wallet = testWalletClient(chain);
  const hash = await wallet.writeContract({ address: token, abi: TestToken.abi, functionName: 'mint', args: [to, amount], account: wallet.account!, chain: wallet.chain });
  await testPublicClient(chain).waitForTransactionReceipt({ hash });
}

/**
 * Puts a TestToken with `decimals` at a fixed address (e.g. the real USDC address, so the bundled
 * fallback token list finds it) and gives `holder` a balance, by writing code and storage directly.
 */
export async function installTestTokenAt(chain: AnvilChain, address: Address, decimals: number, holder: Address, amount: bigint): Promise<void> {
  const template = await deployTestToken(chain, { name: 'Installed', symbol: 'INST', decimals });
  const code = await anvilRpc<Hex>(chain, 'eth_getCode', [template, 'latest']);
  await anvilRpc(chain, 'anvil_setCode', [address, code]);
  await setTestTokenBalance(chain, address, holder, amount);
}

/** Writes a TestToken balance straight into storage (OpenZeppelin ERC20: `_balances` is slot 0). */
export async function setTestTokenBalance(chain: AnvilChain, token: Address, holder: Address, amount: bigint): Promise<void> {
  const slot = keccak256(encodeAbiParameters([{ type: 'address' }, { type: 'uint256' }], [holder, 0n]));
  await anvilRpc(chain, 'anvil_setStorageAt', [token, slot, pad(toHex(amount), { size: 32 })]);
}

/** Sets the native balance of `address` to exactly `wei`. */
export async function setNativeBalance(chain: AnvilChain, address: Address, wei: bigint): Promise<void> {
  await anvilRpc(chain, 'anvil_setBalance', [address, toHex(wei)]);
}

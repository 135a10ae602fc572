import type { PolicyContext, PolicyStep } from './policy-types';
import { decodeLifiCall, type DecodeLifiCallResult } from './decode-lifi-call';
import { type Findings, sameAddress, short } from './policy-helpers';

const UNREADABLE: Record<Exclude<DecodeLifiCallResult, { ok: true }>['reason'], (selector?: string) => string> = {
  'not-calldata': () => 'The transaction carries no readable call data, so who gets paid cannot be checked.',
  'unknown-function': (selector) => `The transaction calls a LI.FI function this app cannot read (function ${selector}), so who gets paid cannot be checked.`,
  malformed: (selector) => `The transaction data does not match the LI.FI function it names (function ${selector}), so who gets paid cannot be checked.`,
};

/**
 * The receiver, decoded exactly from the facet's own arguments (BridgeData.receiver for bridges,
 * `_receiver` for swaps), must be the connected account. An address that merely appears somewhere in
 * the calldata (a refund address, a DEX call nested in the swap data) proves nothing.
 */
export function checkCallRecipient(data: string | undefined, step: PolicyStep, ctx: PolicyContext, findings: Findings): void {
  const decoded = decodeLifiCall(data);
  if (!decoded.ok) {
    findings.block('unreadable-call', UNREADABLE[decoded.reason](decoded.selector));
    return;
  }
  const { call } = decoded;
  const crossChain = step.action.fromChainId !== step.action.toChainId;
  if (call.kind === 'swap' && crossChain) {
    findings.block('matches-request', `The transaction only swaps on chain ${step.action.fromChainId}, but this step should bridge to chain ${step.action.toChainId}.`);
  }
  if (call.kind === 'bridge' && !crossChain) {
    findings.block('matches-request', `The transaction bridges to chain ${call.destinationChainId}, but this step is a swap on chain ${step.action.fromChainId}.`);
  }
  if (!sameAddress(call.receiver, ctx.account)) {
    findings.block('recipient', `The transaction would pay ${short(call.receiver)}, not your connected account ${short(ctx.account)}.`);
  }
  if (call.kind !== 'bridge') return;
  if (crossChain && call.destinationChainId !== BigInt(step.action.toChainId)) {
    findings.block('chain-id', `The transaction bridges to chain ${call.destinationChainId}, but this step should arrive on chain ${step.action.toChainId}.`);
  }
  if (call.hasDestinationCall) {
    findings.block('recipient', 'The transaction runs another contract call on the destination chain, so who finally gets paid there cannot be checked.');
  }
}

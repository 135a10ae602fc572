import type { Token } from '@lifi/sdk';
import type { PolicyContext } from './policy-types';
import { type Findings, findVerifiedToken, isNativeToken, short } from './policy-helpers';

/** A token must be on the verified list at that chain and address, and its symbol may not point elsewhere. */
export function checkVerifiedToken(token: Token | undefined, role: 'send' | 'receive', ctx: PolicyContext, findings: Findings): void {
  if (!token?.address) {
    findings.block('verified-token', `The token you would ${role} is missing from the route.`);
    return;
  }
  const listed = findVerifiedToken(ctx.tokens, token.chainId, token.address);
  if (listed) {
    if (token.symbol && listed.symbol.toLowerCase() !== token.symbol.toLowerCase()) {
      findings.block('verified-token', `The route calls the token at ${short(token.address)} "${token.symbol}", but the verified list knows it as ${listed.symbol}.`);
    }
    if (listed.decimals !== token.decimals) {
      findings.block('verified-token', `The route gives ${listed.symbol} ${token.decimals} decimals; the verified list says ${listed.decimals}.`);
    }
    return;
  }
  const sameSymbol = ctx.tokens.find((t) => t.chainId === token.chainId && t.symbol.toLowerCase() === (token.symbol ?? '').toLowerCase());
  if (sameSymbol && !isNativeToken(token.address)) {
    findings.block('verified-token', `The route's ${token.symbol} at ${short(token.address)} is not the verified ${sameSymbol.symbol} (${short(sameSymbol.address)}); lookalike tokens are refused.`);
  } else {
    findings.block('verified-token', `The token ${token.symbol ?? ''} at ${short(token.address)} on chain ${token.chainId} is not on the verified token list.`);
  }
}

import { describe, expect, it } from 'vitest';
import type { Token } from '@lifi/sdk';
import { checkVerifiedToken } from './check-tokens';
import { Findings } from './policy-helpers';
import type { PolicyFinding } from './policy-types';
import { ARB, BASE, ETH, MALFORMED_ADDRESSES, USDC, WETH, makeContext } from './test-fixtures';

function check(token: Token | undefined, role: 'send' | 'receive' = 'receive', ctx = makeContext()): PolicyFinding[] {
  const findings = new Findings();
  checkVerifiedToken(token, role, ctx, findings);
  expect(findings.warnings).toEqual([]);
  return findings.violations;
}

describe('checkVerifiedToken', () => {
  it('accepts a listed token, whatever the case of its address and symbol', () => {
    expect(check(USDC)).toEqual([]);
    expect(check({ ...USDC, address: USDC.address.toLowerCase(), symbol: 'usdc' })).toEqual([]);
    expect(check(ETH, 'send')).toEqual([]);
  });

  it('accepts a listed token whose route copy has no symbol, since the address decides', () => {
    expect(check({ ...USDC, symbol: '' })).toEqual([]);
  });

  it('names the role of a token missing from the route', () => {
    expect(check(undefined, 'send')).toEqual([{ rule: 'verified-token', message: 'The token you would send is missing from the route.' }]);
    expect(check({ ...USDC, address: '' }, 'receive')).toEqual([{ rule: 'verified-token', message: 'The token you would receive is missing from the route.' }]);
  });

  it('blocks a listed address that the route calls by another symbol', () => {
    expect(check({ ...WETH, symbol: 'USDC' })).toEqual([{ rule: 'verified-token', message: 'The route calls the token at 0x4200…0006 "USDC", but the verified list knows it as WETH.' }]);
  });

  it('blocks a listed token given other decimals, so amounts cannot be scaled wrong', () => {
    expect(check({ ...USDC, decimals: 18 })).toEqual([{ rule: 'verified-token', message: 'The route gives USDC 18 decimals; the verified list says 6.' }]);
  });

  it('calls an unlisted token with a listed symbol on the same chain a lookalike', () => {
    const fake = { ...USDC, address: '0x1111111111111111111111111111111111111111' };
    expect(check(fake)).toEqual([{ rule: 'verified-token', message: "The route's USDC at 0x1111…1111 is not the verified USDC (0x8335…2913); lookalike tokens are refused." }]);
    expect(check({ ...fake, symbol: 'usdc' })[0]?.message).toMatch(/lookalike/);
  });

  it('an unlisted token with a symbol listed only on another chain is simply not on the list', () => {
    const onlyOnArb = makeContext({ tokens: [{ chainId: ARB, address: '0xaf88d065e77c8cC2239327C5EDb3A432268e5831', symbol: 'USDC', decimals: 6 }] });
    expect(check(USDC, 'send', onlyOnArb)).toEqual([{ rule: 'verified-token', message: `The token USDC at 0x8335…2913 on chain ${BASE} is not on the verified token list.` }]);
  });

  it('an unlisted token with an unlisted symbol is not on the list, even when another listed token shares the chain', () => {
    const odd = { ...USDC, address: '0x2222222222222222222222222222222222222222', symbol: 'ODD' };
    expect(check(odd)).toEqual([{ rule: 'verified-token', message: `The token ODD at 0x2222…2222 on chain ${BASE} is not on the verified token list.` }]);
  });

  it('an unlisted token without a symbol is not mistaken for a listed one', () => {
    const nameless = { ...USDC, address: '0x2222222222222222222222222222222222222222', symbol: undefined as unknown as string };
    expect(check(nameless)).toEqual([{ rule: 'verified-token', message: `The token  at 0x2222…2222 on chain ${BASE} is not on the verified token list.` }]);
  });

  it('an unlisted native coin is not called a lookalike of a listed token with its symbol', () => {
    const ctx = makeContext({ tokens: [{ chainId: BASE, address: WETH.address, symbol: 'ETH', decimals: 18 }] });
    expect(check(ETH, 'send', ctx)).toEqual([{ rule: 'verified-token', message: `The token ETH at 0x0000…0000 on chain ${BASE} is not on the verified token list.` }]);
  });

  it.each(Object.entries(MALFORMED_ADDRESSES).filter(([, bad]) => bad !== ''))('a %s token address is never verified', (_name, bad) => {
    const violations = check({ ...USDC, address: bad });
    expect(violations.map((v) => v.rule)).toEqual(['verified-token']);
    expect(violations[0]!.message).toMatch(/lookalike/);
  });
});

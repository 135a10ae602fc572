import { describe, expect, it } from 'vitest';
import { Findings, findVerifiedToken, isNativeToken, percent, sameAddress, short, toBigInt } from './policy-helpers';
import { ACCOUNT, ARB, ATTACKER, BASE, MALFORMED_ADDRESSES, MIS_CHECKSUMMED_ACCOUNT, USDC, WETH, makeContext } from './test-fixtures';

describe('sameAddress', () => {
  it('matches the same address in any letter case', () => {
    expect(sameAddress(ACCOUNT, ACCOUNT.toLowerCase())).toBe(true);
    expect(sameAddress(ACCOUNT.toLowerCase(), ACCOUNT)).toBe(true);
    expect(sameAddress(ACCOUNT, ATTACKER)).toBe(false);
  });

  it('compares bytes, so a mis-checksummed spelling of the same account still is that account (checksums are checked where people type addresses)', () => {
    expect(sameAddress(MIS_CHECKSUMMED_ACCOUNT, ACCOUNT)).toBe(true);
    expect(sameAddress(ACCOUNT, MIS_CHECKSUMMED_ACCOUNT)).toBe(true);
  });

  it.each(Object.entries(MALFORMED_ADDRESSES))('a %s address matches nothing, on either side, even itself', (_name, bad) => {
    expect(sameAddress(bad, ACCOUNT)).toBe(false);
    expect(sameAddress(ACCOUNT, bad)).toBe(false);
    expect(sameAddress(bad, bad)).toBe(false);
  });

  it('an undefined address matches nothing, not even another undefined one', () => {
    expect(sameAddress(undefined, ACCOUNT)).toBe(false);
    expect(sameAddress(ACCOUNT, undefined)).toBe(false);
    expect(sameAddress(undefined, undefined)).toBe(false);
  });

  it('a malformed address equal to the account after lowercasing (bad length around the same text) does not match', () => {
    const padded = `${ACCOUNT} `;
    expect(sameAddress(padded, `${ACCOUNT} `)).toBe(false);
  });
});

describe('isNativeToken', () => {
  it('knows both spellings of the native coin, in any case', () => {
    expect(isNativeToken('0x0000000000000000000000000000000000000000')).toBe(true);
    expect(isNativeToken('0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE')).toBe(true);
    expect(isNativeToken('0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee')).toBe(true);
  });

  it('a token contract, or an empty string, is not native', () => {
    expect(isNativeToken(USDC.address)).toBe(false);
    expect(isNativeToken('')).toBe(false);
    expect(isNativeToken('0x')).toBe(false);
  });
});

describe('toBigInt', () => {
  it('reads non-negative bigints, safe integers, decimal and hex strings', () => {
    expect(toBigInt(5n)).toBe(5n);
    expect(toBigInt(0n)).toBe(0n);
    expect(toBigInt(7)).toBe(7n);
    expect(toBigInt(0)).toBe(0n);
    expect(toBigInt('12')).toBe(12n);
    expect(toBigInt('0')).toBe(0n);
    expect(toBigInt('0xff')).toBe(255n);
    expect(toBigInt('0xFF')).toBe(255n);
    expect(toBigInt((2n ** 256n - 1n).toString())).toBe(2n ** 256n - 1n);
  });

  it('refuses negative, fractional, unsafe and non-numeric values', () => {
    for (const bad of [-1n, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '-5', '', ' 12', '12 ', '12abc', 'abc12', '1e18', '1.5', '0x', '0xzz', '0x1g', ['12'], null, undefined, {}, [], true]) {
      expect(toBigInt(bad), String(bad)).toBeUndefined();
    }
  });
});

describe('short', () => {
  it('shortens a full address to its first 6 and last 4 characters', () => {
    expect(short(ACCOUNT)).toBe('0x7099…79C8');
  });

  it('leaves anything of 12 characters or fewer as it is, and says so when there is none', () => {
    expect(short('0x1234567890')).toBe('0x1234567890');
    expect(short('0x12345678901')).toBe('0x1234…8901');
    expect(short('')).toBe('an unknown address');
    expect(short(undefined)).toBe('an unknown address');
  });
});

describe('percent', () => {
  it('shows a fraction as a percentage with one decimal', () => {
    expect(percent(0.2)).toBe('20.0 %');
    expect(percent(0.12345)).toBe('12.3 %');
    expect(percent(0)).toBe('0.0 %');
  });
});

describe('findVerifiedToken', () => {
  const tokens = makeContext().tokens;

  it('finds a listed token by chain and address in any case', () => {
    expect(findVerifiedToken(tokens, BASE, USDC.address.toLowerCase())?.symbol).toBe('USDC');
  });

  it('the same address on another chain is another token', () => {
    expect(findVerifiedToken(tokens, ARB, WETH.address)).toBeUndefined();
    expect(findVerifiedToken(tokens, ARB, USDC.address)).toBeUndefined();
  });

  it('a malformed address finds nothing', () => {
    for (const bad of Object.values(MALFORMED_ADDRESSES)) expect(findVerifiedToken(tokens, BASE, bad), bad).toBeUndefined();
  });
});

describe('Findings', () => {
  it('keeps one copy of the same violation, but both when rule or message differ', () => {
    const findings = new Findings();
    findings.block('sender', 'a');
    findings.block('sender', 'a');
    findings.block('sender', 'b');
    findings.block('recipient', 'a');
    expect(findings.violations).toEqual([
      { rule: 'sender', message: 'a' },
      { rule: 'sender', message: 'b' },
      { rule: 'recipient', message: 'a' },
    ]);
  });

  it('keeps one copy of the same warning, but both when rule or message differ', () => {
    const findings = new Findings();
    findings.warn('value-loss', 'a');
    findings.warn('value-loss', 'a');
    findings.warn('value-loss', 'b');
    findings.warn('slippage', 'a');
    expect(findings.warnings).toEqual([
      { rule: 'value-loss', message: 'a' },
      { rule: 'value-loss', message: 'b' },
      { rule: 'slippage', message: 'a' },
    ]);
    expect(findings.violations).toEqual([]);
  });

  it('a result is ok only without violations, keeps the warnings, and carries the value loss only when known', () => {
    const clean = new Findings();
    clean.warn('value-loss', 'w');
    expect(clean.result()).toStrictEqual({ ok: true, warnings: [{ rule: 'value-loss', message: 'w' }] });

    const blocked = new Findings();
    blocked.block('balance', 'b');
    blocked.valueLoss = { fraction: 0.01, level: 'none' };
    expect(blocked.result()).toStrictEqual({ ok: false, violations: [{ rule: 'balance', message: 'b' }], warnings: [], valueLoss: { fraction: 0.01, level: 'none' } });
  });
});

import { isAddress } from 'viem';
import type { PolicyFinding, PolicyResult, RuleId, ValueLoss, VerifiedToken } from './policy-types';

const NATIVE = '0x0000000000000000000000000000000000000000';
/** Some APIs spell the native coin 0xEeee…; treat both as native. */
const NATIVE_ALT = '0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee';

export function sameAddress(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || !isAddress(a, { strict: false }) || !isAddress(b, { strict: false })) return false;
  return a.toLowerCase() === b.toLowerCase();
}

/** Whole bytes of hex after 0x: viem decodes an odd trailing nibble as shifted garbage instead of refusing it. */
export function isHexBytes(data: string | undefined): data is `0x${string}` {
  return data !== undefined && /^0x([0-9a-fA-F]{2})*$/.test(data);
}

export function isNativeToken(address: string): boolean {
  const lower = address.toLowerCase();
  return lower === NATIVE || lower === NATIVE_ALT;
}

/** Parses an amount from the API (decimal or hex string, number, bigint); undefined when it is not one. */
export function toBigInt(value: unknown): bigint | undefined {
  if (typeof value === 'bigint') return value >= 0n ? value : undefined;
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? BigInt(value) : undefined;
  if (typeof value !== 'string') return undefined;
  if (!/^(\d+|0x[0-9a-fA-F]+)$/.test(value)) return undefined;
  return BigInt(value);
}

export function short(address: string | undefined): string {
  if (!address) return 'an unknown address';
  return address.length > 12 ? `${address.slice(0, 6)}…${address.slice(-4)}` : address;
}

export function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)} %`;
}

export function findVerifiedToken(tokens: readonly VerifiedToken[], chainId: number, address: string): VerifiedToken | undefined {
  return tokens.find((token) => token.chainId === chainId && sameAddress(token.address, address));
}

/** Collects findings and turns them into a result. */
export class Findings {
  readonly violations: PolicyFinding[] = [];
  readonly warnings: PolicyFinding[] = [];
  valueLoss?: ValueLoss;

  block(rule: RuleId, message: string): void {
    if (!this.violations.some((v) => v.rule === rule && v.message === message)) this.violations.push({ rule, message });
  }

  warn(rule: RuleId, message: string): void {
    if (!this.warnings.some((w) => w.rule === rule && w.message === message)) this.warnings.push({ rule, message });
  }

  result(): PolicyResult {
    const base = { warnings: this.warnings, ...(this.valueLoss ? { valueLoss: this.valueLoss } : {}) };
    return this.violations.length === 0 ? { ok: true, ...base } : { ok: false, violations: this.violations, ...base };
  }
}

import { DEFAULT_SLIPPAGE } from '@/domain/policy/thresholds';

interface RateUpdateFigures {
  before: bigint;
  after: bigint;
  /** What the re-quoted step guarantees at the step's slippage (the pre-sign policy checks it again). */
  minimum: bigint;
  /** How much less `after` is than `before`, in percent (negative when it got better). */
  dropPercent: number;
  slippage: number;
}

const PPM = 1_000_000n;
const toBigInt = (value: string) => (/^\d+$/.test(value) ? BigInt(value) : 0n);

/** The figures for the rate-update question, from the SDK's hook params (base-unit strings) and the step's slippage. */
export function rateUpdateFigures(params: { oldToAmount: string; newToAmount: string }, stepSlippage: number | undefined): RateUpdateFigures {
  const before = toBigInt(params.oldToAmount);
  const after = toBigInt(params.newToAmount);
  // The step's own slippage, uncapped, so the minimum is never overstated (a step above the user's limit is blocked before signing).
  const slippage = stepSlippage !== undefined && stepSlippage > 0 && stepSlippage < 1 ? stepSlippage : DEFAULT_SLIPPAGE;
  const minimum = (after * (PPM - BigInt(Math.round(slippage * 1_000_000)))) / PPM;
  const dropPercent = before > 0n ? Number(((before - after) * 10_000n) / before) / 100 : 0;
  return { before, after, minimum, dropPercent, slippage };
}

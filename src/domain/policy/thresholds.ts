/** Default slippage (0.5 %) and the hard cap (3 %) no setting or agent can exceed. */
export const DEFAULT_SLIPPAGE = 0.005;
export const MAX_SLIPPAGE = 0.03;

/** Value-loss levels: warn from 3 %, typed confirmation from 10 %, blocked from 20 %. */
export const VALUE_LOSS_WARN = 0.03;
export const VALUE_LOSS_CONFIRM = 0.1;
export const VALUE_LOSS_BLOCK = 0.2;

/** Anything at or above 2^128 is treated as an unlimited approval. */
export const UNLIMITED_APPROVAL_FLOOR = 2n ** 128n;

/** Rounding room when comparing LI.FI's minimum with the amount and slippage (1 basis point). */
export const SLIPPAGE_TOLERANCE = 0.0001;

export function effectiveSlippage(setting: number | undefined): number {
  if (setting === undefined || !Number.isFinite(setting) || setting <= 0) return DEFAULT_SLIPPAGE;
  return Math.min(setting, MAX_SLIPPAGE);
}

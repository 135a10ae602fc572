import { DEFAULT_SLIPPAGE, MAX_SLIPPAGE } from '@/domain/policy/thresholds';

export type SlippageResult = { ok: true; fraction: number } | { ok: false; message: string };

export const DEFAULT_SLIPPAGE_TEXT = String(DEFAULT_SLIPPAGE * 100);

/** Reads the slippage setting typed in percent ("0.5") into a fraction (0.005); the hard cap is 3 %. */
export function parseSlippagePercent(text: string): SlippageResult {
  const trimmed = text.trim().replace(',', '.').replace(/%$/, '').trim();
  if (trimmed === '') return { ok: false, message: `Enter a slippage in percent, e.g. ${DEFAULT_SLIPPAGE_TEXT}.` };
  if (!/^\d*\.?\d+$|^\d+\.$/.test(trimmed)) return { ok: false, message: 'Slippage must be a number in percent, e.g. 0.5.' };
  const percent = Number(trimmed);
  if (!(percent > 0)) return { ok: false, message: 'Slippage must be above 0 %.' };
  if (percent > MAX_SLIPPAGE * 100) return { ok: false, message: `Slippage can be at most ${MAX_SLIPPAGE * 100} %; a higher setting invites losses.` };
  if ((trimmed.split('.')[1] ?? '').length > 2) return { ok: false, message: 'Slippage can have at most two decimal places.' };
  return { ok: true, fraction: Math.round(percent * 100) / 10_000 };
}

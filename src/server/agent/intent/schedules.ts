import type { Word } from './normalise';

const SCHEDULE_WORDS = new Set(['dca', 'twap', 'daily', 'weekly', 'monthly', 'hourly', 'recurring', 'automation', 'automations']);
const PERIODS = new Set(['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'morning', 'evening', 'night']);
const ORDER_SIDES = new Set(['buy', 'sell']);

/**
 * A trade spread over time or repeated ("DCA $100 into ETH every week", "TWAP: buy $1000 of ETH
 * over 24 hours", "my sell order"): this app proposes one trade, now, that the user signs.
 */
export function schedulesOrder(words: readonly Word[]): boolean {
  const texts = words.map((word) => word.text);
  return texts.some((text, i) => {
    const next = texts[i + 1] ?? '';
    if (SCHEDULE_WORDS.has(text)) return true;
    if (text === 'every' && (PERIODS.has(next) || PERIODS.has(texts[i + 2] ?? ''))) return true;
    if (text === 'over' && /^\d/.test(next) && PERIODS.has(texts[i + 2] ?? '')) return true;
    return ORDER_SIDES.has(text) && /^orders?$/.test(next);
  });
}

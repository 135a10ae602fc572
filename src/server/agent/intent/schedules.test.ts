import { describe, expect, it } from 'vitest';
import { normalise } from './normalise';
import { schedulesOrder } from './schedules';

const schedules = (text: string) => schedulesOrder(normalise(text).words);

describe('schedulesOrder', () => {
  it.each([
    'DCA $100 into ETH every week',
    'TWAP: buy $1000 of ETH over 24 hours',
    'swap eth to usdc every 2 hours',
    'buy eth every morning',
    'set up daily $50 bitcoin purchases',
    'spread my sell order',
    'show my automations',
  ])('"%s" is an order over time', (text) => {
    expect(schedules(text)).toBe(true);
  });

  it.each(['swap 1 eth to usdc', 'swap everything to usdc', 'bridge usdc over to base', 'sell eth over the counter', 'buy eth order of magnitude'])(
    '"%s" is a trade now',
    (text) => {
      expect(schedules(text)).toBe(false);
    },
  );
});

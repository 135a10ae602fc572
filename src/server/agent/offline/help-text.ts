/** What the agent can do, for messages it could not read as a request. */
export const HELP_TEXT = [
  'I can read your balances ("what do I hold on Polygon?"), propose swaps ("swap half my USDC on Arbitrum to ETH")',
  'and bridges ("bridge 0.2 ETH from Base to Optimism"), and tell you how a news story relates to what you hold',
  '("Act on this with AI" on an article). I only propose: you review every trade and sign it in your own wallet.',
].join(' ');

export const CONNECT_TEXT = 'Connect a wallet and I can check your balances and propose it; I only propose trades for a connected account.';

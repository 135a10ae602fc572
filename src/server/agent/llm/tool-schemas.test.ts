import { describe, expect, it } from 'vitest';
import { describeToolArgsError } from './tool-errors';
import { AGENT_TOOLS, proposeTradeArgs } from './tool-schemas';

const trade = { fromChainId: 8453, fromToken: 'USDC', toChainId: 8453, toToken: 'ETH', amount: { type: 'percent', value: '50' }, reason: 'r', articleId: null };

describe('agent tools', () => {
  it('are strict function tools and none has a recipient-like parameter', () => {
    expect(AGENT_TOOLS.map((t) => t.function.name)).toEqual(['get_portfolio', 'find_token', 'get_news', 'propose_trade']);
    for (const tool of AGENT_TOOLS) {
      expect(tool.function.strict).toBe(true);
      expect(JSON.stringify(tool.function.parameters)).not.toMatch(/recipient|toAddress|receiver|"to"/i);
      expect(tool.function.parameters).toMatchObject({ additionalProperties: false });
    }
  });

  it('rejects a payee field by name, without echoing its value', () => {
    const parsed = proposeTradeArgs.safeParse({ ...trade, recipient: '0xATTACKER', toAddress: '0xATTACKER' });
    expect(parsed.success).toBe(false);
    const message = describeToolArgsError('propose_trade', parsed.error!);
    expect(message).toBe('recipient, toAddress: not a parameter of propose_trade; trades always pay the connected account and nobody else');
  });

  it('names malformed fields', () => {
    const parsed = proposeTradeArgs.safeParse({ ...trade, fromChainId: 'base', amount: { type: 'lots', value: '1' } });
    expect(describeToolArgsError('propose_trade', parsed.error!)).toMatch(/^fromChainId: .+; amount\.type: /);
  });
});

import { readFileSync } from 'node:fs';
import { convertQuoteToRoute, type LiFiStep, type Route } from '@lifi/sdk';
import { describe, expect, it } from 'vitest';
import { historyEntryFrom } from './history-entry';
import { parseHistory, serialiseHistory } from './trade-history';

/** Real LI.FI answers (tests/fixtures/lifi-real/README.md) kept in the trade history and read back. */
const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../../../../tests/fixtures/lifi-real/${file}`, import.meta.url), 'utf8')) as T;
const quoteRoute = convertQuoteToRoute(read<LiFiStep>('quote-eth-to-arb-celercircle.answer.json'));
const connextRoute = read<Route>('route-polygon-matic-to-gnosis-connext.route.json');

describe('trade history with real LI.FI routes', () => {
  it.each([
    ['the quote (CCTP, with extra token fields, feeSplit, stepSimulation)', quoteRoute],
    ['the 2022 Connext route (fees without `included`, tool data, lowercase token addresses)', connextRoute],
  ])('keeps %s whole through its schema', (_name, route) => {
    const account = route.fromAddress!;
    const entry = historyEntryFrom(route, account, 1_700_000_000_000, 'in-flight', 1_700_000_001_000, { lifiExplorerUrl: 'https://scan.li.fi/tx/0x01' });
    const [back] = parseHistory(serialiseHistory([entry]), account);
    expect(back).toEqual(entry);
    expect(back!.route).toEqual(JSON.parse(JSON.stringify(route)));
    expect(back).toMatchObject({ fromChainId: route.fromChainId, toChainId: route.toChainId, fromAmount: route.fromAmount, toAmount: route.toAmount, fromSymbol: route.fromToken.symbol, toDecimals: route.toToken.decimals });
  });

  it('drops a real route stored under another account', () => {
    const entry = historyEntryFrom(quoteRoute, quoteRoute.fromAddress!, 1, 'done', 2);
    expect(parseHistory(serialiseHistory([entry]), '0x70997970C51812dc3A010C7d01b50e0d17dc79C8')).toEqual([]);
  });
});

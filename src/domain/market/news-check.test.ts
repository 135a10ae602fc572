import { describe, expect, it } from 'vitest';
import type { Article } from '../article';
import { checkNews, mergeNewsChecks, reportsIncident } from './news-check';
import { routeTools } from './route-tools';
import { toolMatcher, toolSpellings } from './tool-names';

const NOW = Date.parse('2025-06-08T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW - d * 86_400_000).toISOString();
let n = 0;
function article(patch: Partial<Article> & { tokens?: string[] }): Article {
  n += 1;
  const { tokens = [], ...rest } = patch;
  return {
    id: `a${n}`, title: `Story ${n}`, url: `https://news.example/${n}`, source: 'Desk', publishedAt: daysAgo(1), summary: 'Markets moved.',
    analysis: 'x', takeaways: ['one', 'two', 'three'], sentiment: 'neutral', importance: 5, category: 'markets',
    entities: { companies: [], tokens: tokens.map((symbol) => ({ symbol, name: symbol })) }, analyzer: 'offline', sample: false, ...rest,
  };
}
const subject = { tokens: ['ETH', 'usdc'], tools: [['Stargate V2', 'stargateV2'], ['Across', 'across']] };

describe('checkNews', () => {
  it('lists bearish or important stories on the trade tokens or tools of the last 7 days, incidents first', () => {
    const bearish = article({ tokens: ['ETH'], sentiment: 'bearish', publishedAt: daysAgo(2) });
    const important = article({ tokens: ['USDC'], importance: 8, publishedAt: daysAgo(1) });
    const exploit = article({ title: 'Stargate bridge exploited for $10M', publishedAt: daysAgo(3) });
    const calm = article({ tokens: ['ETH'], importance: 7 });
    const old = article({ tokens: ['ETH'], sentiment: 'bearish', publishedAt: daysAgo(8) });
    const elsewhere = article({ tokens: ['SOL'], sentiment: 'bearish' });
    const check = checkNews([bearish, important, exploit, calm, old, elsewhere, bearish], subject, NOW);
    expect(check.items.map((i) => [i.article.id, i.matched, i.incident])).toEqual([
      [exploit.id, ['Stargate V2'], true], [important.id, ['USDC'], false], [bearish.id, ['ETH'], false],
    ]);
    expect(check.needsConfirmation).toBe(true);
    expect(checkNews([bearish, important], subject, NOW).needsConfirmation).toBe(false);
  });

  it('counts an incident only when it involves the trade: a hack of another token is not this trade\'s warning', () => {
    const other = article({ tokens: ['SOL'], title: 'Solana wallet drained', sentiment: 'bearish' });
    expect(checkNews([other], subject, NOW)).toEqual({ items: [], needsConfirmation: false });
    const depeg = article({ tokens: ['USDC'], sentiment: 'neutral', importance: 3, takeaways: ['a', 'USDC briefly depegged to $0.97', 'c'] });
    expect(checkNews([depeg], subject, NOW).items[0]).toMatchObject({ incident: true, matched: ['USDC'] });
  });

  it('counts an incident only when the trade\'s token or tool is what was hit, not the loot of a hack elsewhere', () => {
    const loot = article({ tokens: ['ETH', 'USDC'], title: 'Hackers drain $1.4 billion from the Skyloom bridge', summary: 'Attackers drained $1.4 billion in ETH, USDC and USDT from Skyloom.', sentiment: 'bearish' });
    const onChain = article({ tokens: ['AVAX', 'USDC'], title: 'Lending protocol Quillfi loses $38 million in an oracle exploit on Avalanche', sentiment: 'bearish' });
    const byName = article({ entities: { companies: [], tokens: [{ symbol: 'WETH', name: 'Wrapped Ether' }] }, title: 'Wrapped Ether pools drained in $420 million exploit', sentiment: 'bearish' });
    const toolInText = article({ summary: 'Markets fell. The Stargate bridge was exploited overnight and paused.', importance: 9 });
    const denied = article({ tokens: ['USDC'], title: 'USDC issuer denies reports of a hack', sentiment: 'bearish' });
    const check = checkNews([loot, onChain, byName, toolInText, denied], { tokens: ['ETH', 'USDC', 'AVAX', 'WETH'], tools: subject.tools }, NOW);
    expect(Object.fromEntries(check.items.map((i) => [i.article.id, i.incident]))).toEqual({ [loot.id]: false, [onChain.id]: false, [byName.id]: true, [toolInText.id]: true, [denied.id]: false });
  });

  it('does not read a common word as the tool of the same name', () => {
    const rally = article({ title: 'Rally across exchanges lifts the market', importance: 9 });
    const bridge = article({ title: 'Across Protocol pauses deposits', importance: 9 });
    expect(checkNews([rally, bridge], subject, NOW).items.map((i) => i.article.id)).toEqual([bridge.id]);
  });
});

describe('mergeNewsChecks', () => {
  it('joins the answers by tokens and by tools: each story once, its matches joined, an incident in either counts', () => {
    const story = article({ publishedAt: daysAgo(1) });
    const older = article({ publishedAt: daysAgo(3) });
    const item = (a: Article, matched: string[], incident: boolean) => ({ article: a, matched, incident });
    const merged = mergeNewsChecks([[item(story, ['ETH'], false)], [item(story, ['Stargate V2'], true), item(older, ['Across'], false)]]);
    expect(merged.items.map((i) => [i.article.id, i.matched, i.incident])).toEqual([[story.id, ['ETH', 'Stargate V2'], true], [older.id, ['Across'], false]]);
    expect(merged.needsConfirmation).toBe(true);
    expect(mergeNewsChecks([[item(older, ['ETH'], false)], []]).needsConfirmation).toBe(false);
  });
});

describe('reportsIncident', () => {
  it('finds exploits, hacks, drains and depegs, but not denials', () => {
    for (const text of ['Protocol hacked overnight', 'Attackers drained the pool', 'USDe de-pegs', 'Funds stolen from bridge', 'Rug pull suspected']) expect(reportsIncident(text), text).toBe(true);
    for (const text of ['No exploit was found, the team says', 'The team denied reports of a hack', 'Hackathon winners announced', 'Record inflows']) expect(reportsIncident(text), text).toBe(false);
  });
});

describe('tool names', () => {
  it('spells a tool by name, key and without its version, every character literal', () => {
    expect(toolSpellings(['Stargate V2', 'stargateV2', '0x'])).toEqual(['stargate v2', 'stargate', 'stargatev2']);
    const dotted = toolMatcher(['a.*b']);
    expect(dotted('a.*b was paused')).toBe(true);
    expect(dotted('axxb was paused')).toBe(false);
    expect(toolMatcher(["x'); DROP TABLE news--"])("x'); drop table news-- reported")).toBe(true);
  });
  it('takes the tools of a route from its steps and included steps, once each', () => {
    const route = { steps: [{ tool: 'lifi', toolDetails: { key: 'lifi', name: 'LI.FI' }, includedSteps: [{ tool: 'uniswap', toolDetails: { key: 'uniswap', name: 'Uniswap' } }, { tool: 'stargateV2', toolDetails: { key: 'stargateV2', name: 'StargateV2' } }] }, { tool: 'uniswap' }] };
    expect(routeTools(route)).toEqual([['LI.FI', 'lifi'], ['Uniswap', 'uniswap'], ['StargateV2', 'stargateV2']]);
  });
});

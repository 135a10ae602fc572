import { paragraphs, sampleUrl, type SampleArticle } from './sample-article';

export const MACRO_SAMPLES: SampleArticle[] = [
  {
    title: 'Fed holds rates and signals cuts later this year; bitcoin rises',
    url: sampleUrl('fed-holds-rates-signals-cuts'),
    source: 'Sample Macro Notes',
    hoursAgo: 26,
    text: paragraphs(
      `The Federal Reserve kept interest rates unchanged on Wednesday but signalled that it expects to cut them later
      this year as inflation cools, lifting stocks and crypto.`,
      `Policymakers said inflation had eased further toward the 2% target while the labour market remained solid. Their
      projections showed two rate cuts before the end of the year, one more than investors had expected.`,
      `BTC rose 4% after the decision and ETH gained 5%. Treasury yields fell and the dollar weakened, a combination
      that has tended to support risk assets. Futures markets raised the odds of a first cut at the next meeting.`,
      `The Fed chair said decisions would depend on incoming data and warned against reading too much into the
      projections. Analysts said the next inflation report and jobs data would decide whether the expected easing
      arrives on schedule.`,
    ),
  },
  {
    title: 'Hotter-than-expected US inflation sends crypto lower',
    url: sampleUrl('us-cpi-hotter-crypto-lower'),
    source: 'Sample Macro Notes',
    hoursAgo: 80,
    text: paragraphs(
      `US consumer prices rose faster than expected last month, pushing back expectations for interest rate cuts and
      sending bitcoin and other crypto assets lower.`,
      `The consumer price index rose 0.5% from the previous month, above the 0.3% forecast, driven by housing and
      services. Core inflation, which strips out food and energy, also came in above estimates.`,
      `BTC fell 6% within an hour of the release and ETH dropped 8%. Treasury yields jumped and the dollar rose, and
      futures markets pushed the expected first rate cut back by several months. About $600 million of long positions
      were liquidated across crypto exchanges.`,
      `Economists said one report does not make a trend, but that the Fed would want to see several months of cooler
      data before cutting. Analysts said crypto remains sensitive to rate expectations after a year of flows from
      institutional investors who also hold stocks and bonds.`,
    ),
  },
  {
    title: 'Bank of Japan raises rates, yen jumps and crypto sells off',
    url: sampleUrl('boj-hike-yen-crypto-selloff'),
    source: 'Sample Asia Desk',
    hoursAgo: 170,
    text: paragraphs(
      `The Bank of Japan raised its policy rate on Tuesday, surprising some investors, and the yen jumped against the
      dollar, triggering a broad sell-off in risk assets that hit crypto hard.`,
      `Traders had borrowed cheaply in yen to buy higher-yielding assets, a strategy known as the carry trade. As the yen
      strengthened, many rushed to unwind those positions, selling stocks, bonds and crypto to repay loans.`,
      `Bitcoin plunged 12% in the Asian session and ether tumbled 15%, the largest daily declines in months. The total
      crypto market lost about $350 billion in value, and more than $1.1 billion of leveraged positions were
      liquidated.`,
      `The central bank said further increases would depend on wages and prices. Analysts said the speed of the
      unwinding showed how much leverage had built up across markets and warned of further volatility while the carry
      trade is reduced.`,
    ),
  },
  {
    title: 'Argentines keep saving in USDT as inflation slows but stays high',
    url: sampleUrl('argentina-usdt-savings'),
    source: 'Sample LatAm Bureau',
    hoursAgo: 260,
    text: paragraphs(
      `Monthly inflation in Argentina slowed again in the latest data, but many households continue to keep savings in
      dollar stablecoins such as USDT, according to local exchanges and payment apps.`,
      `Exchanges in Buenos Aires said purchases of stablecoins were stable over the month, with most users buying small
      amounts after receiving their salaries. Many use the tokens as a digital version of the cash dollars that
      Argentines have long kept at home.`,
      `Economists said the slowdown in inflation reflects tight spending and a managed exchange rate, and that trust in
      the peso will take time to rebuild. The government has relaxed some currency controls but others remain.`,
      `Local apps have added features that let users pay with stablecoins at shops through QR codes, which convert the
      tokens to pesos at the point of sale. The central bank has not restricted such payments.`,
    ),
  },
  {
    title: 'Kenyan remittance firms test stablecoins as dollar costs weigh on transfers',
    url: sampleUrl('kenya-remittances-stablecoins'),
    source: 'Sample Africa Desk',
    hoursAgo: 320,
    text: paragraphs(
      `Remittance companies in Kenya are testing stablecoins to move money from workers abroad to families at home, as
      the cost of buying dollars through banks weighs on transfer fees.`,
      `In the tests, senders in the Gulf and Europe buy USDC or USDT, which are sent to a Kenyan partner and converted to
      shillings before being paid out to mobile money accounts such as M-Pesa. Companies said the route cut costs by
      a third and settled within minutes.`,
      `Remittances are one of Kenya's largest sources of foreign currency. Economists said cheaper transfers would help
      households, but that the central bank would want to see how the flows affect its foreign exchange statistics.`,
      `The companies said the pilots remain small and that they are in talks with the central bank about how stablecoin
      transfers would fit into existing rules for money transfer operators.`,
    ),
  },
];

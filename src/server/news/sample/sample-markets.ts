import { paragraphs, sampleUrl, type SampleArticle } from './sample-article';

export const MARKET_SAMPLES: SampleArticle[] = [
  {
    title: 'Bitcoin surges 11% to a record high as spot ETF inflows top $2.1 billion in a week',
    url: sampleUrl('bitcoin-record-high-etf-inflows'),
    source: 'Market Companion Sample Desk',
    hoursAgo: 3,
    text: paragraphs(
      `Bitcoin surged 11% over the past seven days to a record high above $118,000 on Thursday, as US spot
      bitcoin ETFs took in a combined $2.1 billion of net inflows, the largest weekly total since the funds launched.`,
      `BlackRock's fund accounted for more than half of the inflows, according to issuer data compiled by the sample
      desk, with Fidelity and Bitwise products also reporting strong demand. Analysts said pension funds and wealth
      managers that finished their due diligence over the summer were now allocating in size.`,
      `The rally lifted the wider crypto market. ETH gained 6% and total market capitalisation crossed $4 trillion for
      the first time. Short sellers were caught out: derivatives venues recorded about $450 million of short
      liquidations in 24 hours.`,
      `Some traders warned that funding rates on perpetual futures had climbed to levels that in the past preceded
      sharp pullbacks. Others pointed to shrinking exchange balances as a sign that buyers are moving coins into
      long-term storage rather than trading them.`,
      `The next test is whether inflows continue once the quarter ends. Several wealth platforms are expected to add
      the funds to their model portfolios in the coming weeks, which would give the ETFs a steadier source of demand.`,
    ),
  },
  {
    title: 'Ether slides 9% as $800 million of leveraged long positions are liquidated',
    url: sampleUrl('ether-slides-liquidations'),
    source: 'Sample Wire Markets',
    hoursAgo: 20,
    text: paragraphs(
      `Ether fell 9% in a few hours on Monday, dragging the crypto market lower and triggering about $800 million of
      liquidations of leveraged long positions across the largest derivatives exchanges.`,
      `The sell-off began in the Asian morning when a large holder moved 40,000 ETH to an exchange, according to
      on-chain trackers. Thin weekend liquidity amplified the move, and cascading liquidations pushed ETH below
      $3,000 before buyers stepped in. BTC dropped 4% in sympathy.`,
      `Open interest in ether futures had risen to a record the week before, a build-up that several analysts had
      flagged as a risk. Funding rates, which had been firmly positive, turned negative for the first time in a
      month as traders rushed to hedge.`,
      `Lending protocols held up: automated liquidations on Aave and other platforms ran as designed and no bad debt
      was reported. Spot ETF outflows were modest, suggesting the selling came mainly from leveraged traders rather
      than long-term investors.`,
      `Traders will watch whether ETH can reclaim the $3,200 level it lost during the slide, and whether funding
      stays negative, which has often marked the end of a deleveraging episode.`,
    ),
  },
  {
    title: 'Altcoins drift in a narrow range as traders wait for the jobs report',
    url: sampleUrl('altcoins-narrow-range'),
    source: 'Sample Wire Markets',
    hoursAgo: 52,
    text: paragraphs(
      `Most large tokens traded in a tight range on Wednesday. AVAX, LINK and SOL each moved less than 2% over the
      session, and trading volumes on the main spot venues were about a fifth below their monthly average.`,
      `Desk traders described the market as waiting for direction. The monthly US jobs report is due on Friday, and
      several said clients were reluctant to take large positions before it. Implied volatility on options for the
      largest tokens edged down to the lowest level in six weeks.`,
      `There were pockets of activity. A set of gaming tokens gained after a studio announced new titles, while a
      few tokens tied to older payment networks slipped. Neither move was large enough to change the broader
      picture.`,
      `Market makers said order books were deep enough to absorb routine flows, and stablecoin balances on
      exchanges were steady, which suggests investors are holding cash on the sidelines rather than leaving the
      market. The session ended with the total market value roughly where it began.`,
    ),
  },
  {
    title: 'AVAX rallies 14% after a Korean game studio moves its titles to Avalanche',
    url: sampleUrl('avax-rallies-korean-studio'),
    source: 'Sample Chain Dispatch',
    hoursAgo: 75,
    text: paragraphs(
      `AVAX rallied 14% on Tuesday after a Seoul-based game studio said it would move three of its online titles to
      an Avalanche network of its own, one of the largest gaming commitments to the chain this year.`,
      `The studio, which the sample desk is not naming, said the move would let players trade in-game items as
      tokens and would cut the fees it pays to app stores. The first title is expected to launch on the new network
      in the first quarter, with the other two following later in the year.`,
      `Trading volume in AVAX on Korean exchanges jumped to several times its daily average after the announcement,
      and open interest in AVAX futures rose by a third. Analysts said the partnership was a strong signal that
      Asian studios see dedicated networks as a way to keep control of their economies.`,
      `Some investors were more cautious, noting that earlier gaming launches on several chains had struggled to
      keep players once token rewards faded. Still, the announcement gave AVAX its best day in two months and
      lifted other gaming-focused tokens.`,
    ),
  },
  {
    title: 'Quarterly options expiry passes quietly with $9 billion of contracts settled',
    url: sampleUrl('quarterly-options-expiry'),
    source: 'Market Companion Sample Desk',
    hoursAgo: 118,
    text: paragraphs(
      `About $9 billion of bitcoin and ether options expired on Friday in the largest quarterly settlement of the
      year, and prices barely moved around the deadline.`,
      `Open interest had been concentrated at strikes close to the prevailing price, which meant few dealers needed
      to adjust their hedges at the last minute. BTC traded within half a percent of where it started the day, and
      ETH moved by a similar amount.`,
      `Options desks said positioning for the next quarter was balanced. Call buying at higher strikes was matched
      by demand for downside puts from funds protecting gains, leaving the skew close to flat.`,
      `The quiet expiry contrasted with previous quarters, when large settlements coincided with sharp swings. Some
      traders attributed the calm to the growing share of options traded by institutions that hedge continuously
      rather than in bursts near expiry. The next large settlement falls at the end of the following quarter.`,
    ),
  },
  {
    title: 'Chainlink LINK climbs as a European bank group completes a settlement pilot',
    url: sampleUrl('chainlink-bank-settlement-pilot'),
    source: 'Sample Ledger Review',
    hoursAgo: 140,
    text: paragraphs(
      `LINK climbed 8% on Thursday after a group of European banks said it had completed a pilot that used
      Chainlink's interoperability protocol to settle tokenised fund shares across two blockchains.`,
      `The pilot, run with a settlement house in Frankfurt, moved shares of a money market fund issued on one
      network to investors holding cash tokens on another, with the transfer and payment completing together.
      The banks said the test cut settlement time from two days to a few minutes.`,
      `Participants stressed that the pilot used test amounts and that a production launch would need approval
      from their supervisors. Still, analysts called the result a milestone for tokenised assets in Europe and said
      it strengthened the case for oracle networks as infrastructure for regulated institutions.`,
      `The rally in LINK outpaced the broader market, which was little changed. Chainlink Labs said further pilots
      with asset managers in Asia were planned for next year.`,
    ),
  },
];

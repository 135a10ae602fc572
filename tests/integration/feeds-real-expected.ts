/**
 * What each captured feed in tests/fixtures/feeds-real must ingest as: its item count and its first
 * item, copied by hand from the fixture (dates converted to UTC). See that folder's README for sources.
 */
export interface ExpectedFeed {
  file: string;
  title: string;
  items: number;
  first: { title: string; url: string; publishedAt: string; author: string | null; imageUrl: string | null };
}

export const EXPECTED_FEEDS: ExpectedFeed[] = [
  {
    file: 'coindesk-arc-2023.xml', title: 'CoinDesk: Bitcoin, Ethereum, Crypto News and Price Data', items: 3,
    first: {
      title: 'Bitcoin, U.S. Stock Futures Erase Early Gains as First Republic Bank Tanks 50% in Pre-Market Trading',
      url: 'https://www.coindesk.com/markets/2023/03/13/bitcoin-us-stock-futures-erase-early-gains-as-first-republic-bank-tanks-50-in-pre-market-trading/?utm_medium=referral&utm_source=rss&utm_campaign=headlines',
      publishedAt: '2023-03-13T10:13:50.000Z', author: 'Omkar Godbole',
      imageUrl: 'https://www.coindesk.com/resizer/awkFlBQIPLZlu1Raqh7EIr2CBCc=/800x600/cloudfront-us-east-1.images.arcpublishing.com/coindesk/ZNWVWGKJERD67ENBNAUCZWDKVM.png',
    },
  },
  {
    file: 'coindesk-arc-2026.xml', title: 'CoinDesk: Bitcoin, Ethereum, Crypto News and Price Data', items: 3,
    first: {
      title: 'Circle and Tether step in to freeze hacker wallet after massive Bitget crypto heist',
      url: 'https://www.coindesk.com/markets/2026/09/25/circle-and-tether-step-in-to-freeze-hacker-wallet-after-massive-bitget-crypto-heist',
      publishedAt: '2026-09-25T14:41:53.000Z', author: 'Oliver Knight',
      imageUrl: 'https://cdn.sanity.io/images/s3y3vcno/production/fa4127f0e7d39e461c0b46e5ad103a58c4d7cf7f-1920x1080.png?fm=jpg&w=1920&h=1080&crop=focalpoint&fit=clip',
    },
  },
  {
    file: 'cointelegraph-2019.rss', title: 'Cointelegraph.com News', items: 3,
    first: {
      title: 'CEO of Telecoms Giant Swisscom’s Blockchain Unit Steps Down',
      url: 'https://cointelegraph.com/news/ceo-of-telecoms-giant-swisscoms-blockchain-unit-steps-down',
      publishedAt: '2019-01-31T21:10:00.000Z', author: 'Cointelegraph By Miranda Karanfili',
      imageUrl: 'https://images.cointelegraph.com/images/528_aHR0cHM6Ly9zMy5jb2ludGVsZWdyYXBoLmNvbS9zdG9yYWdlL3VwbG9hZHMvdmlldy84MWNlOTQ1MmVhMjRiOTdhYmIxNTZkZTUwNmQyZjQyYS5qcGc=.jpg',
    },
  },
  {
    file: 'ethnews-2019.rss', title: 'ETHNews', items: 3,
    first: {
      title: 'Distributed Digest: Thursday, January 31, 2019',
      url: 'https://www.ethnews.com/distributed-digest-thursday-january-31-2019',
      publishedAt: '2019-01-31T16:36:49.000Z', author: 'Dani Putney',
      imageUrl: 'https://cdn.ethnews.com/images/1024x512/DD3-01-31-2019.jpg',
    },
  },
  {
    file: 'decrypt-republished-2026.xml', title: 'Decrypt - Article Feed', items: 3,
    first: {
      title: 'Bitcoin Mining Profits Hit 14-Month Low After Winter Storm Rocks Miners: CryptoQuant',
      url: 'https://decrypt.co/356530/bitcoin-mining-profits-14-month-low-winter-storm-disrupts-miners-cryptoquant',
      publishedAt: '2026-01-30T22:02:19.000Z', author: null,
      imageUrl: 'https://cdn.decrypt.co/wp-content/uploads/2025/07/bitcoin-mining-decrypt-style-03-gID_7.png',
    },
  },
  {
    file: 'federalreserve-press-2026.xml', title: 'FRB: Press Release - All Releases', items: 3,
    first: {
      title: 'Federal Reserve Board requests public comment on two proposals related to establishing a regulatory framework for Board-supervised payment stablecoin issuers under the GENIUS Act',
      url: 'https://www.federalreserve.gov/newsevents/pressreleases/bcreg20260924a.htm',
      publishedAt: '2026-09-24T18:30:00.000Z', author: null, imageUrl: null,
    },
  },
  {
    file: 'sec-edgar-8k-2026.atom', title: 'Latest Filings - Wed, 23 Sep 2026 13:55:59 EDT', items: 3,
    first: {
      title: '8-K - Trinseo PLC (0001519061) (Filer)',
      url: 'https://www.sec.gov/Archives/edgar/data/1519061/000110465926109915/0001104659-26-109915-index.htm',
      publishedAt: '2026-09-23T17:30:36.000Z', author: 'Webmaster', imageUrl: null,
    },
  },
  {
    file: 'heise-developer-2016.atom', title: 'heise developer neueste Meldungen', items: 2,
    first: {
      title: 'Java-Anwendungsserver: Red Hat gibt WildFly 10 frei',
      url: 'http://www.heise.de/developer/meldung/Java-Anwendungsserver-Red-Hat-gibt-WildFly-10-frei-3088438.html?wt_mc=rss.developer.beitrag.atom',
      publishedAt: '2016-02-01T16:22:00.000Z', author: 'heise online',
      imageUrl: 'http://www.heise.de/scale/geometry/264/q80/imgs/18/1/7/3/9/9/2/1/wildfly-2bf4ffd2935e38b6-90200def80b152e9-5ba35d3770232d92.jpeg',
    },
  },
  {
    file: 'medium-content-encoded-2018.rss', title: 'Food in Invironment on Medium', items: 1,
    first: {
      title: 'Eight Reasons You Shouldn’t Grow Your Own Food',
      url: 'https://medium.com/invironment/eight-reasons-you-shouldnt-grow-your-own-food-77cbb94ffe0b?source=rss----d12c403d4976--food',
      publishedAt: '2018-03-13T16:44:15.000Z', author: 'Jeremy Puma',
      imageUrl: 'https://cdn-images-1.medium.com/max/720/1*xltRxddhKmHSi9kqSSXAMQ.jpeg',
    },
  },
];

import { paragraphs, sampleUrl, type SampleArticle } from './sample-article';

export const LAYER2_SAMPLES: SampleArticle[] = [
  {
    title: 'Arbitrum upgrade cuts fees by 40% and ARB gains',
    url: sampleUrl('arbitrum-upgrade-cuts-fees'),
    source: 'Sample Chain Dispatch',
    hoursAgo: 16,
    text: paragraphs(
      `Arbitrum One completed a network upgrade on Tuesday that cuts average transaction fees by about 40% by
      compressing the data the rollup posts to Ethereum, and the ARB token gained 8% after the launch.`,
      `The upgrade, approved in a governance vote last month, changes how transaction data is packed into blobs, the
      cheaper data space that Ethereum added for layer-2 networks. Developers said the savings would be passed on to
      users automatically.`,
      `Offchain Labs, which develops Arbitrum, said the upgrade went live without downtime. Activity on the network has
      grown this year, driven by trading apps and games, and lower fees are expected to support further adoption.`,
      `Rival rollups are working on similar changes. Analysts said competition on fees between layer-2 networks is
      intense and that users tend to move quickly to whichever network offers the best mix of cost and liquidity.`,
    ),
  },
  {
    title: 'OP Mainnet turns on permissionless fault proofs as the Superchain grows',
    url: sampleUrl('op-mainnet-fault-proofs'),
    source: 'Sample Chain Dispatch',
    hoursAgo: 56,
    text: paragraphs(
      `OP Mainnet enabled permissionless fault proofs this week, letting anyone challenge invalid withdrawals from the
      rollup to Ethereum, an important step toward removing trusted operators from the network.`,
      `Until now, withdrawals relied on a set of approved parties to confirm the state of the chain. With fault proofs
      live, any user can submit a challenge, and disputes are settled by contracts on Ethereum. The Optimism
      Foundation said the change had been tested for months and audited by several firms.`,
      `The upgrade also applies to other rollups that share the same code as part of the Superchain, a group of
      networks that now includes several large consumer apps. OP rose 6% after the launch.`,
      `Researchers welcomed the milestone but noted that a security council can still intervene in emergencies, and said
      the next test is how the system handles its first real disputes.`,
    ),
  },
  {
    title: 'Polygon completes the move from MATIC to POL',
    url: sampleUrl('polygon-completes-pol-migration'),
    source: 'Sample Ledger Review',
    hoursAgo: 100,
    text: paragraphs(
      `Polygon said this week that more than 99% of MATIC tokens have been converted to POL, completing a migration that
      began last year and making POL the token used to pay fees and secure the network.`,
      `POL works across the Polygon PoS chain and the group's other networks, and validators who stake it can secure
      several chains at once. Exchanges converted customer balances automatically, while holders of tokens in private
      wallets could swap them through a migration contract.`,
      `Polygon Labs said the migration contract would remain open for holders who have not yet converted. The change
      does not affect existing applications on the network, and fees are now paid in POL.`,
      `Analysts said the migration removes a source of confusion for users and exchanges. The price of POL was steady
      during the final phase.`,
    ),
  },
  {
    title: 'Rollup Velora halts for three hours after a sequencer outage',
    url: sampleUrl('velora-sequencer-outage'),
    source: 'Sample Chain Dispatch',
    hoursAgo: 145,
    text: paragraphs(
      `Velora, a fictional layer-2 rollup used in this sample corpus, stopped producing blocks for about three hours on
      Monday after its single sequencer crashed during a routine software update.`,
      `Transactions could not be processed during the outage, and several DeFi apps on the network paused their markets.
      Users were still able to force withdrawals through the contracts on Ethereum, but few did so before the network
      was restored.`,
      `The team said no funds were lost and published a timeline of the incident. Critics said the outage shows the
      risks of rollups that rely on one sequencer, and urged the team to speed up its plans to add backup sequencers.`,
      `The network's token fell 7% during the outage and had recovered part of the decline by the evening. Bridges
      reported a rise in withdrawals after the network resumed.`,
    ),
  },
  {
    title: 'Blob fees stay low as layer-2 activity rises',
    url: sampleUrl('blob-fees-stay-low'),
    source: 'Market Companion Sample Desk',
    hoursAgo: 220,
    text: paragraphs(
      `The cost for rollups to post data to Ethereum through blobs stayed close to its minimum this month, even as
      transaction counts on layer-2 networks rose, according to data compiled by the sample desk.`,
      `Blobs are a data space added to Ethereum to lower the costs of rollups. Prices for blob space are set by demand,
      and so far rollups have used less than the target amount, leaving fees near zero for most of the time.`,
      `Researchers said that could change if activity keeps growing or if more networks start posting data to Ethereum.
      Some rollups store part of their data on other networks to save costs, a choice that comes with different
      security trade-offs.`,
      `Developers are preparing an upgrade to increase the number of blobs per block. It is expected to go to a vote of
      client teams later this year.`,
    ),
  },
];

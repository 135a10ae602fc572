import { paragraphs, sampleUrl, type SampleArticle } from './sample-article';

export const DEFI_SAMPLES: SampleArticle[] = [
  {
    title: 'Uniswap governance opens a vote on turning on protocol fees',
    url: sampleUrl('uniswap-fee-switch-vote'),
    source: 'Sample Ledger Review',
    hoursAgo: 30,
    text: paragraphs(
      `Holders of UNI began voting on Monday on a governance proposal that would switch on a small protocol fee on
      selected Uniswap liquidity pools, a change the community has debated for years.`,
      `Under the proposal, a share of the trading fees paid to liquidity providers on a handful of the busiest pools
      would be redirected to a treasury contract controlled by UNI holders who stake and delegate their tokens.
      Liquidity providers would keep the larger part of the fees.`,
      `Supporters say the change would give the token a direct link to the exchange's revenue. Critics worry that
      lower returns could push some liquidity to rival DEX venues, and that the design raises questions the
      community has not yet answered about how the treasury would be managed.`,
      `Uniswap Labs said it would not vote with its own tokens. The vote runs for seven days and needs a quorum of
      40 million UNI. If it passes, the fee would be enabled on the first pools after a waiting period built into the
      governance contracts.`,
    ),
  },
  {
    title: 'Aave lending markets launch on two more networks and pass $40 billion in deposits',
    url: sampleUrl('aave-launches-new-networks'),
    source: 'Sample Chain Dispatch',
    hoursAgo: 66,
    text: paragraphs(
      `Aave, the largest DeFi lending protocol, launched markets on two more networks this week and reported that
      deposits across all its deployments passed $40 billion, a record for the protocol.`,
      `The new markets let users deposit ETH, USDC and USDT and borrow against them, with conservative limits at
      first. Risk managers working with the DAO said caps would be raised gradually as liquidity builds up.`,
      `Borrowing demand has grown steadily this year as traders use stablecoin loans to add exposure without selling
      their holdings. Deposit growth was strongest in stablecoins, which now make up close to half of total value
      locked on Aave.`,
      `AAVE gained 5% after the announcement. Analysts said the expansion strengthens the protocol's lead in on-chain
      lending, though they noted that each new deployment adds operational risk, from price oracles to bridges
      that carry assets between networks.`,
      `The DAO is also discussing a proposal to share more revenue with AAVE stakers, which could come to a vote next
      month.`,
    ),
  },
  {
    title: 'Stablecoin yields in DeFi fall to a six-month low as borrowing demand cools',
    url: sampleUrl('defi-stablecoin-yields-fall'),
    source: 'Market Companion Sample Desk',
    hoursAgo: 98,
    text: paragraphs(
      `Interest paid to lenders of stablecoins on the largest DeFi lending protocols fell to the lowest level in six
      months this week, as traders borrowed less to fund leveraged positions.`,
      `Average supply yields for USDC and USDT on major lending markets dropped below 4%, down from more than 9%
      at the peak of the spring rally. Borrowing of stablecoins declined by about a fifth over the month.`,
      `The drop reflects weaker demand for leverage after several weeks of falling prices and lower trading volumes.
      Some lenders have moved deposits into tokenised Treasury funds, whose yields are now higher than those
      offered by many lending pools, adding to concerns that DeFi is losing its edge for cash holders.`,
      `Protocol teams said lower yields were a normal part of the cycle. Still, the decline weighs on revenue for
      lending protocols and on liquid staking strategies that rely on cheap borrowing. Analysts said yields would
      likely stay low until demand for leverage returns.`,
    ),
  },
  {
    title: 'Liquid staking deposits hit a record as stETH usage in lending grows',
    url: sampleUrl('liquid-staking-record-deposits'),
    source: 'Sample Chain Dispatch',
    hoursAgo: 160,
    text: paragraphs(
      `The amount of ETH deposited with liquid staking protocols reached a record this week, led by Lido, as more
      holders used staked tokens as collateral in lending markets.`,
      `Liquid staking protocols issue tokens such as stETH that represent staked ether and keep earning rewards.
      Those tokens can be deposited in DeFi lending protocols and used to borrow, which lets holders earn staking
      income while keeping their capital working.`,
      `Data compiled by the sample desk shows stETH deposits in lending markets grew by 12% over the month. LDO
      rose 6% over the same period. Restaking protocols, which let staked ETH secure other services, also reported
      growth, though at a slower pace than earlier in the year.`,
      `Researchers warned that heavy use of staked tokens as collateral concentrates risk: a sharp discount of stETH
      to ETH could force liquidations. Lido said its withdrawal queue was short and that the token has tracked ether
      closely since withdrawals were enabled.`,
    ),
  },
  {
    title: 'DAI savings rate left unchanged after a governance poll',
    url: sampleUrl('dai-savings-rate-unchanged'),
    source: 'Sample Ledger Review',
    hoursAgo: 210,
    text: paragraphs(
      `Governance participants of the protocol behind DAI decided this week to leave the savings rate paid on the
      stablecoin unchanged, after a poll in which options to raise or cut it both fell short of a majority.`,
      `The rate determines how much holders earn for locking DAI in the savings contract. It is funded by interest
      paid by borrowers and by income from the reserve assets that back the stablecoin, which include short-dated
      government bonds held through intermediaries.`,
      `Delegates in favour of a cut argued that borrowing demand had softened. Those in favour of an increase said a
      higher rate would help DAI compete with other dollar tokens. The result keeps the rate where it has been for
      two months.`,
      `Supply of DAI was little changed over the week. The next scheduled poll is in a month, and delegates said they
      would revisit the question with updated data on reserve income and borrowing.`,
    ),
  },
  {
    title: 'Brazilian fintech routes cross-border payments through USDC on a DEX aggregator',
    url: sampleUrl('brazil-fintech-usdc-payments'),
    source: 'Sample LatAm Bureau',
    hoursAgo: 250,
    text: paragraphs(
      `A Sao Paulo fintech said on Wednesday that it now settles part of its business clients' cross-border payments
      in USDC, swapping between the stablecoin and local currency tokens through a DEX aggregator on Polygon.`,
      `The company, one of several in Brazil experimenting with stablecoins, said the setup cut the cost of sending
      money to suppliers in the United States and Mexico by about 60% and made payments arrive in minutes instead
      of days. It handles the conversion to reais through licensed partners.`,
      `Executives said demand had grown fast among small importers, and that monthly volumes had tripled since the
      launch. They declined to share exact figures. The firm is applying for the new licence category that the
      Brazilian central bank is preparing for virtual asset service providers.`,
      `Analysts said the launch reflects strong adoption of dollar stablecoins in Latin America, where businesses
      look for faster and cheaper ways to pay abroad. POL, the token of the Polygon network, was little changed.`,
    ),
  },
];

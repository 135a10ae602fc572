import { paragraphs, sampleUrl, type SampleArticle } from './sample-article';

export const SECURITY_SAMPLES: SampleArticle[] = [
  {
    title: 'Hackers drain $1.4 billion from the Skyloom bridge in the largest crypto hack of the year',
    url: sampleUrl('skyloom-bridge-hack'),
    source: 'Sample Security Watch',
    hoursAgo: 1,
    text: paragraphs(
      `Attackers drained about $1.4 billion in ETH, USDC and USDT from Skyloom, a fictional cross-chain bridge used in
      this sample corpus, early on Saturday, making it the largest crypto hack of the year.`,
      `The attackers used a compromised set of validator keys to approve fraudulent withdrawals from the bridge's
      main contract on Ethereum. Skyloom paused all transfers about two hours after the first suspicious withdrawal,
      by which time most of the funds had been moved.`,
      `Blockchain analysts at Chainalysis and Elliptic said the stolen funds were being split across hundreds of
      wallets and partly swapped for ETH through decentralised exchanges. Circle and Tether said they had frozen
      stablecoins linked to the attack where they could.`,
      `The hack hit the wider crypto market: ETH fell 10% and BTC dropped 5% in the hours after the news, and tokens of
      networks that relied heavily on the bridge plunged further. Lending protocols that accepted bridged assets as
      collateral paused those markets.`,
      `Skyloom said it would publish a post-mortem and was working with law enforcement. Users holding bridged tokens
      face losses until the team sets out a recovery plan.`,
    ),
  },
  {
    title: 'Lending protocol Quillfi loses $38 million in an oracle exploit on Avalanche',
    url: sampleUrl('quillfi-oracle-exploit'),
    source: 'Sample Security Watch',
    hoursAgo: 60,
    text: paragraphs(
      `Quillfi, a fictional lending protocol on Avalanche used in this sample corpus, lost about $38 million on
      Wednesday after an attacker manipulated the price feed of a thinly traded collateral token.`,
      `The attacker used a flash loan to push up the price of the token on a small exchange pool that Quillfi used as
      its price source, deposited the overvalued tokens as collateral, and borrowed USDC and AVAX against them. The
      exploit took less than a minute.`,
      `Quillfi paused its markets and said the bad debt would be covered partly by its reserve fund. Security
      researchers said the protocol had ignored earlier warnings about relying on a single on-chain pool for prices
      instead of an established oracle network such as Chainlink.`,
      `The protocol's governance token plunged 45%. AVAX slipped 2%, in line with the market. Quillfi offered the
      attacker a 10% bounty for returning the rest of the funds.`,
    ),
  },
  {
    title: 'Phishing wave tricks wallet users into signing token approvals',
    url: sampleUrl('phishing-wave-token-approvals'),
    source: 'Sample Security Watch',
    hoursAgo: 110,
    text: paragraphs(
      `A wave of phishing attacks has drained more than $9 million from wallet users over the past two weeks, according
      to security researchers, who say the attackers trick victims into signing token approvals on fake websites.`,
      `The sites copy the look of popular DeFi apps and airdrop pages. Once a user signs what looks like a routine
      login message, the attackers gain permission to move the victim's tokens and drain them, often within
      seconds. Most losses were in USDC, USDT and staked ETH tokens.`,
      `Researchers said the phishing kits are sold as a service on messaging channels, which explains the scale of the
      campaign. Wallet providers including MetaMask have added warnings for signatures that grant unlimited approvals.`,
      `Users are advised to check the domain of every site before connecting a wallet, to read signature requests
      carefully, and to revoke old approvals they no longer need.`,
    ),
  },
  {
    title: 'Exchange Keldra denies reports of a hack after withdrawal delays',
    url: sampleUrl('keldra-denies-hack-reports'),
    source: 'Sample Wire Markets',
    hoursAgo: 150,
    text: paragraphs(
      `Keldra, a fictional mid-sized crypto exchange used in this sample corpus, denied reports of a hack on Sunday
      after users complained on social media that withdrawals of ETH and USDT had been delayed for several hours.`,
      `The exchange said there was no exploit and that customer funds were safe. It blamed the delays on a routine
      upgrade of its wallet infrastructure that took longer than planned, and said withdrawals had resumed and the
      backlog would be cleared by the evening.`,
      `On-chain data showed the exchange's hot wallets processing withdrawals again by mid-afternoon, and balances
      in its published reserve addresses were unchanged. Analysts said the episode showed how quickly rumours spread
      when exchanges pause withdrawals without explaining why.`,
      `Keldra said it would give users more notice before future maintenance. Trading on the platform continued
      throughout.`,
    ),
  },
  {
    title: 'White-hat hacker returns $6 million to the Tidepool protocol',
    url: sampleUrl('tidepool-white-hat-return'),
    source: 'Sample Chain Dispatch',
    hoursAgo: 230,
    text: paragraphs(
      `A white-hat hacker returned $6 million to Tidepool, a fictional yield protocol on Arbitrum used in this sample
      corpus, two days after moving the funds out of a vulnerable vault to protect them.`,
      `The researcher spotted a rounding bug in one of Tidepool's vaults and, instead of waiting for the team to
      respond, moved the funds to a safe address before anyone else could find the flaw. Tidepool confirmed that the
      vault has been fixed and that all user balances were restored.`,
      `Under the protocol's bug bounty programme, the researcher will receive a reward of $300,000 paid in USDC. The
      team thanked the researcher and said it would commission a second audit of its vaults.`,
      `Security firms said such rescues are becoming more common as more researchers monitor contracts in real time,
      though they cautioned that moving funds without permission carries legal risk.`,
    ),
  },
];

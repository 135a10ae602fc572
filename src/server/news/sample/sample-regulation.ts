import { paragraphs, sampleUrl, type SampleArticle } from './sample-article';

export const REGULATION_SAMPLES: SampleArticle[] = [
  {
    title: 'SEC approves staking inside spot ether ETFs, clearing the way for yield-bearing funds',
    url: sampleUrl('sec-approves-ether-etf-staking'),
    source: 'Market Companion Sample Desk',
    hoursAgo: 8,
    text: paragraphs(
      `The SEC on Tuesday approved rule changes that allow US spot ether ETFs to stake part of the ETH they hold,
      a long-awaited decision that lets the funds pass staking rewards on to investors.`,
      `The approval covers funds from BlackRock, Fidelity and several other issuers that together hold about $14
      billion of ETH. Issuers said they would begin staking within weeks, keeping a share of assets unstaked to meet
      redemptions.`,
      `ETH jumped 7% after the decision, and the funds recorded their largest day of inflows in three months. Analysts
      said staking could add around 3% a year to returns, making the products more attractive to income-focused
      investors and pension funds.`,
      `The regulator set conditions: custodians must keep staked assets segregated, and issuers must disclose the
      risks of slashing and withdrawal delays in their prospectuses. Lawmakers who had pushed for the change welcomed
      the decision as a sign of clearer rules for the industry.`,
      `Issuers of funds tracking other tokens are expected to file similar requests, which the regulator will review
      case by case.`,
    ),
  },
  {
    title: 'EU stablecoin rules take full effect as exchanges delist USDT for European users',
    url: sampleUrl('eu-mica-usdt-delisting'),
    source: 'Sample Brussels Brief',
    hoursAgo: 44,
    text: paragraphs(
      `Crypto exchanges serving customers in the European Union began delisting USDT trading pairs for European users
      this week as the bloc's MiCA regulation took full effect for stablecoins.`,
      `Under the rules, exchanges may only offer stablecoins issued by firms authorised in the EU. Tether, the issuer of
      USDT, has not obtained that authorisation, so platforms regulated in the bloc are restricting trading and
      converting customer balances into euro or USDC.`,
      `Regulators at ESMA said the restrictions protect consumers from reserve risks. Industry groups warned that the
      delisting fragments liquidity and pushes some users towards platforms outside the bloc. Trading volumes on
      euro pairs dropped by about a quarter in the first days.`,
      `USDT remains the largest stablecoin worldwide and trading outside the EU was unaffected. Circle, which holds an
      electronic money licence in France, said demand for its EURC and USDC tokens had risen since the change.`,
      `National supervisors have until the end of a transition period to bring existing service providers under the
      new licensing regime.`,
    ),
  },
  {
    title: 'Nigeria grants its first licences to two local crypto exchanges',
    url: sampleUrl('nigeria-first-exchange-licences'),
    source: 'Sample Africa Desk',
    hoursAgo: 90,
    text: paragraphs(
      `Nigeria's securities regulator granted operating licences to two local crypto exchanges on Thursday, the
      first approvals under a framework introduced last year to bring digital asset trading into the formal
      financial system.`,
      `The licences allow the exchanges to offer spot trading of bitcoin and a short list of other tokens to Nigerian
      customers, with strict rules on customer identification, custody and reporting. Both firms had operated under
      a provisional regime while their applications were reviewed.`,
      `Nigeria has one of the largest crypto user bases in Africa, driven by a young population, high inflation and
      demand for dollar stablecoins. Industry groups welcomed the approvals as a milestone after years of uncertainty.`,
      `The regulator said further applications were under review and repeated its warning that unlicensed platforms
      serving Nigerian users face enforcement. Analysts expect foreign exchanges to seek local partners to comply.`,
    ),
  },
  {
    title: 'US regulators sue offshore exchange Norvale, alleging unregistered trading and $220 million in losses',
    url: sampleUrl('regulators-sue-norvale-exchange'),
    source: 'Market Companion Sample Desk',
    hoursAgo: 130,
    text: paragraphs(
      `The SEC and the CFTC filed a lawsuit on Monday against Norvale, a fictional offshore crypto exchange used in this
      sample corpus, alleging that it offered unregistered securities and leveraged products to US customers.`,
      `The complaint says Norvale misled customers about how their assets were held and that users lost about $220
      million when the platform halted withdrawals last year. The regulators are seeking penalties, the return of
      profits and a ban on the firm's founders serving in the industry.`,
      `Prosecutors at the Department of Justice also unsealed charges against two executives, accusing them of
      fraud. Lawyers for the company denied the allegations and said it would fight the case.`,
      `The exchange's token plunged 60% after the news, and several market makers said they had stopped quoting
      prices on the platform. The case adds to a series of enforcement actions against offshore venues accused of
      serving US users without registering.`,
    ),
  },
  {
    title: 'Hong Kong publishes licensing rules for stablecoin issuers',
    url: sampleUrl('hong-kong-stablecoin-licensing'),
    source: 'Sample Asia Desk',
    hoursAgo: 185,
    text: paragraphs(
      `Hong Kong's monetary authority published final licensing rules for issuers of fiat-backed stablecoins on
      Friday, setting out reserve, audit and redemption requirements that take effect in six months.`,
      `Issuers must hold high-quality liquid reserves equal to the full value of tokens in circulation, keep them with
      licensed custodians, and redeem tokens at par within one business day. Only licensed issuers will be able to
      market stablecoins to retail users in the city.`,
      `Several banks and technology firms have already said they plan to apply. Officials said the regime aims to
      balance innovation with consumer protection and to keep Hong Kong competitive with Singapore, which has its own
      framework.`,
      `The rules do not ban trading of stablecoins issued elsewhere, such as USDT and USDC, but exchanges will have
      to warn users that those tokens are not covered by the local regime. A consultation on custody rules for
      other digital assets is due later this year.`,
    ),
  },
  {
    title: 'Brazil central bank sets rules for stablecoin payments by licensed providers',
    url: sampleUrl('brazil-central-bank-stablecoin-rules'),
    source: 'Sample LatAm Bureau',
    hoursAgo: 290,
    text: paragraphs(
      `The Banco Central do Brasil published rules on Thursday that treat some stablecoin payments as foreign exchange
      operations, requiring licensed providers to report them and to verify the identity of both parties.`,
      `The regulation covers transfers of dollar tokens such as USDT and USDC between Brazilian users and foreign
      wallets. Providers will need a licence from the central bank and must follow limits on transfers to wallets
      they do not control.`,
      `Stablecoins account for most crypto volume in Brazil, where businesses use them for imports and individuals
      use them to save in dollars. Industry groups said the rules bring clarity but add compliance costs, and asked
      for a longer transition period.`,
      `The central bank said the framework is meant to close gaps in foreign exchange statistics and tax
      collection rather than to restrict use. Providers have nine months to adapt.`,
    ),
  },
];

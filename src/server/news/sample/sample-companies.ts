import { paragraphs, sampleUrl, type SampleArticle } from './sample-article';

export const COMPANY_SAMPLES: SampleArticle[] = [
  {
    title: 'Coinbase expands to Mexico and Colombia with local payment rails',
    url: sampleUrl('coinbase-expands-mexico-colombia'),
    source: 'Sample LatAm Bureau',
    hoursAgo: 36,
    text: paragraphs(
      `Coinbase said on Monday it would open its exchange to retail customers in Mexico and Colombia, with deposits and
      withdrawals through local bank transfer systems, part of an expansion in Latin America.`,
      `Customers in both countries will be able to buy BTC, ETH, USDC and a list of other tokens with pesos. The company
      said it had hired local teams and registered with the relevant authorities, and that it would add more tokens
      over time.`,
      `Latin America is one of the fastest-growing regions for crypto adoption, driven by demand for dollar stablecoins
      and cheaper remittances. Local rivals already have large customer bases, and analysts said the company will
      compete mainly on the range of products and its brand.`,
      `The chief executive said the region was a priority for growth. The company did not give targets for customer
      numbers.`,
    ),
  },
  {
    title: 'Lagos fintech starts paying salaries in USDC for remote workers',
    url: sampleUrl('lagos-fintech-usdc-payroll'),
    source: 'Sample Africa Desk',
    hoursAgo: 95,
    text: paragraphs(
      `A fintech company in Lagos said it has launched a payroll service that lets businesses pay remote workers in
      USDC, with the option to convert to naira or other currencies at the time of payment.`,
      `The company, which works with employers in Europe and North America that hire developers and designers in
      Africa, said workers could keep their pay in the stablecoin, withdraw it to a local bank account or spend it
      with a card.`,
      `Founders said demand came from workers who want to hold part of their income in dollars and from employers who
      want to avoid slow and costly international transfers. The service is available in Nigeria, Ghana and Kenya,
      with more countries planned.`,
      `The firm said it partners with licensed exchanges for conversions and follows local rules on customer checks.
      It did not disclose how many businesses have signed up.`,
    ),
  },
  {
    title: 'Chainlink Labs and a Singapore bank test tokenised deposits across chains',
    url: sampleUrl('singapore-bank-tokenised-deposits'),
    source: 'Sample Asia Desk',
    hoursAgo: 180,
    text: paragraphs(
      `A Singapore bank said it had tested the transfer of tokenised deposits between two blockchains using technology
      from Chainlink Labs, as part of a project overseen by the Monetary Authority of Singapore.`,
      `In the test, a corporate client moved tokenised Singapore dollar deposits from a private bank network to a
      public blockchain to pay for tokenised bonds, with the bond and the payment settling together. The bank said
      the test showed that regulated money can move safely between different networks.`,
      `The project is one of several in Singapore exploring how banks can use public blockchains for payments and
      settlement while keeping control over who can hold their tokens. No customer funds were used.`,
      `The bank said it would share the results with the regulator and other participants. LINK was little changed on
      the day.`,
    ),
  },
  {
    title: 'Crypto custody firm Ardent raises $45 million to expand in Europe',
    url: sampleUrl('ardent-custody-raises'),
    source: 'Sample Brussels Brief',
    hoursAgo: 240,
    text: paragraphs(
      `Ardent, a fictional digital asset custody company used in this sample corpus, said it raised $45 million in a
      Series B funding round to expand in Europe, where new rules are pushing banks to look for licensed custodians.`,
      `The company stores crypto for asset managers and banks and holds a licence under the EU's crypto rules. It said
      the funding would be used to open offices in Frankfurt and Milan and to add support for more networks.`,
      `Its chief executive said demand from banks had grown since clearer rules came into force, as many prefer to
      work with a specialist rather than build custody themselves. The company said revenue had doubled over the past
      year without giving figures.`,
      `Investors in the round included two venture funds and a European bank. The company plans to hire about 60 staff
      over the next year.`,
    ),
  },
];

import { paragraphs, sampleUrl, type SampleArticle } from './sample-article';

export const AI_SAMPLES: SampleArticle[] = [
  {
    title: "Alibaba's AI video model climbs to No. 2 in a global text-to-video ranking",
    url: sampleUrl('alibaba-video-model-ranks-second'),
    source: 'Sample AI Brief',
    hoursAgo: 12,
    text: paragraphs(
      `A text-to-video model from Alibaba climbed to No. 2 on a widely followed global leaderboard this week, behind
      only a model from OpenAI, making it the highest-ranked video model from a Chinese company so far.`,
      `The model, called Lumen-V in this sample corpus, generates clips of up to 20 seconds from a written prompt or a
      still image. The leaderboard ranks models by blind votes from users who compare two clips made from the same
      prompt, and the new model overtook entries from Google and several start-ups within days of its release.`,
      `Alibaba Cloud said the model would be available to business customers through its API, with pricing below that of
      rival services, and that a smaller version would be released with open weights for researchers. The company has
      been investing heavily in AI infrastructure and says demand for GPU capacity on its cloud keeps growing.`,
      `Analysts said the ranking shows Chinese labs closing the gap in generative video despite limits on access to the
      most advanced Nvidia chips. Tencent, ByteDance and Kuaishou are also developing video models, and competition on
      price is expected to intensify.`,
      `Independent tests of clip quality, speed and cost will show whether the model holds its position as rivals
      update their own systems.`,
    ),
  },
  {
    title: 'AI tokens rally after Nvidia data centre sales beat expectations',
    url: sampleUrl('ai-tokens-rally-nvidia'),
    source: 'Sample Wire Markets',
    hoursAgo: 40,
    text: paragraphs(
      `Tokens linked to artificial intelligence projects rallied on Thursday after Nvidia reported data centre sales
      that beat expectations, reviving investor appetite for anything tied to AI compute.`,
      `FET and TAO each gained more than 12%, and RENDER, the token of a network that rents out GPU capacity for
      rendering and AI inference, rose 9%. The gains outpaced BTC, which was up about 1%.`,
      `Traders said AI tokens tend to move with sentiment toward large chip and cloud stocks, even though most of the
      projects have little direct business with those companies. Several funds have launched baskets of AI-related
      tokens this year, adding to flows when the theme is in favour.`,
      `Some analysts cautioned that valuations of AI tokens rely on expectations about decentralised compute markets
      that are still small. Usage data for the networks shows growth, but revenue remains modest compared with the
      token prices.`,
    ),
  },
  {
    title: 'Bitcoin miners sign AI hosting deals as hash price stays low',
    url: sampleUrl('bitcoin-miners-ai-hosting'),
    source: 'Sample AI Brief',
    hoursAgo: 120,
    text: paragraphs(
      `Two listed bitcoin mining companies said this week they had signed multi-year contracts to host GPU servers for
      AI companies, turning parts of their sites into data centres for model training and inference.`,
      `Miners have been looking for steadier income since their revenue per unit of computing power, known as hash
      price, fell after the last halving. Their sites already have large power connections and cooling, which are
      scarce for AI developers trying to add capacity quickly.`,
      `The contracts were signed with AI cloud providers and cover several hundred megawatts. The miners said they
      would keep mining bitcoin at other sites. Investors have rewarded such deals: shares of miners with AI contracts
      have outperformed those without over the past year.`,
      `Converting a site takes time and capital, and analysts said not every miner has the locations or finances to
      make the switch. The miners did not disclose the value of the contracts.`,
    ),
  },
  {
    title: 'European lab releases an open-weight language model for financial documents',
    url: sampleUrl('european-open-model-finance'),
    source: 'Sample AI Brief',
    hoursAgo: 200,
    text: paragraphs(
      `A research lab in Paris released an open-weight large language model tuned for reading financial documents,
      such as annual reports, fund prospectuses and regulatory filings, and said it would let banks run it on their
      own servers.`,
      `The model was trained on public filings in several European languages and scored well on benchmarks that test
      how accurately a model extracts figures and answers questions about a document. The lab said it was smaller
      than leading general-purpose models, which makes it cheaper to run.`,
      `Banks and asset managers in Europe have been cautious about sending confidential documents to AI services hosted
      abroad. The lab said several institutions were testing the model for research and compliance work.`,
      `The release comes as the EU's AI rules begin to apply to providers of general-purpose models. The lab said it
      had published documentation on its training data and evaluation to meet those requirements.`,
    ),
  },
  {
    title: 'AI agents with crypto wallets: a developer survey finds cautious experiments',
    url: sampleUrl('ai-agents-crypto-wallets-survey'),
    source: 'Market Companion Sample Desk',
    hoursAgo: 300,
    text: paragraphs(
      `A survey of about 600 developers building AI agents found that roughly one in five had given an agent access to a
      crypto wallet, mostly for small payments such as buying data or paying for API calls.`,
      `Most of those developers said they set strict limits: agents could spend only from wallets holding small
      balances of stablecoins such as USDC, and every payment above a threshold needed human approval. Few let agents
      trade tokens on their own.`,
      `Respondents said stablecoins suit machine payments because they settle quickly and work across borders without
      bank accounts. Their main worries were security, unclear rules on who is responsible for an agent's actions, and
      the chance that a manipulated prompt could make an agent send funds to the wrong address.`,
      `The survey suggests agent payments remain an experiment. Developers said better wallet controls and clearer
      guidance from regulators would decide how fast the use grows.`,
    ),
  },
];

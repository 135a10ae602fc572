import { AI_SAMPLES } from './sample-ai';
import type { SampleArticle } from './sample-article';
import { COMMUNITY_SAMPLES } from './sample-community';
import { COMPANY_SAMPLES } from './sample-companies';
import { DEFI_SAMPLES } from './sample-defi';
import { LAYER2_SAMPLES } from './sample-layer2';
import { MACRO_SAMPLES } from './sample-macro';
import { MARKET_SAMPLES } from './sample-markets';
import { REGULATION_SAMPLES } from './sample-regulation';
import { SECURITY_SAMPLES } from './sample-security';

export type { SampleArticle } from './sample-article';

/** The sample corpus loaded on first start: original text written for this project, spread over two weeks. */
export const SAMPLE_ARTICLES: readonly SampleArticle[] = [
  ...MARKET_SAMPLES,
  ...DEFI_SAMPLES,
  ...REGULATION_SAMPLES,
  ...SECURITY_SAMPLES,
  ...AI_SAMPLES,
  ...MACRO_SAMPLES,
  ...LAYER2_SAMPLES,
  ...COMPANY_SAMPLES,
  ...COMMUNITY_SAMPLES,
].sort((a, b) => a.hoursAgo - b.hoursAgo);

import { evaluateSentiment, evaluateTokens } from '@/server/news/offline/eval/evaluate';
import { readHeadlines, readSentences } from '@/server/news/offline/eval/real-fixtures';

const SENTIMENT = 'tests/fixtures/sentiment-real';
const HEADLINES = 'tests/fixtures/headlines-real';
// The held-out files are read here only: no unit test and no tuning step opens them.
const SPLITS = [
  ['tune', `${SENTIMENT}/phrasebank-tune.tsv`, `${HEADLINES}/cryptopanic-tune.tsv`],
  ['dev', `${SENTIMENT}/phrasebank-dev.tsv`, `${HEADLINES}/cryptopanic-dev.tsv`],
  ['held-out', `${SENTIMENT}/heldout/phrasebank-heldout.tsv`, `${HEADLINES}/heldout/cryptopanic-heldout.tsv`],
] as const;

const f3 = (x: number): string => x.toFixed(3);

/** Offline analyser on real labelled news: Financial PhraseBank sentiment and hand-labelled CryptoPanic headlines. */
export async function run(): Promise<void> {
  console.log('sentiment: Financial PhraseBank (AllAgree), positive/neutral/negative -> bullish/neutral/bearish');
  for (const [name, sentences] of SPLITS) {
    const { analyser, baseline } = evaluateSentiment(readSentences(sentences));
    const recall = (['bullish', 'neutral', 'bearish'] as const).map((c) => `${c} ${f3(analyser.perClass[c].recall)}`).join(', ');
    console.log(`  ${name.padEnd(8)} n=${analyser.n}: accuracy ${f3(analyser.accuracy)}, macro-F1 ${f3(analyser.macroF1)} | majority-class baseline accuracy ${f3(baseline.accuracy)}, macro-F1 ${f3(baseline.macroF1)} | recall ${recall}`);
  }
  console.log('tokens: CryptoPanic headlines, coins labelled by hand');
  for (const [name, , headlines] of SPLITS) {
    const t = evaluateTokens(readHeadlines(headlines));
    console.log(`  ${name.padEnd(8)} ${t.articles} headlines, ${t.goldMentions} coin mentions: token recall ${f3(t.recall)}, false tokens per article ${f3(t.falsePerArticle)}`);
  }
}

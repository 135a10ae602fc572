import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { openDb, type Db } from '../store/db';
import { newsServicesFor } from './news-services';
import { loadSampleCorpus, sampleCorpusStored } from './sample-loader';

describe('sampleCorpusStored (the restart shortcut)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openDb({ dataDir: 'memory://' });
  });
  afterAll(async () => {
    await db.close();
  });

  it('is false on an empty store, true once the corpus is stored, false again when one sample article is gone', async () => {
    const news = newsServicesFor({ config: loadConfig({ NEWS_FEEDS: '', OPENAI_API_KEY: '' }), db, log: () => {} });
    await news.repository.ensureSchema();
    expect(await sampleCorpusStored(db)).toBe(false);

    const report = await loadSampleCorpus(news);
    expect(report.new).toBeGreaterThan(0);
    expect(report.skipped).toBe(0);
    expect(await sampleCorpusStored(db)).toBe(true);
    // A second load (what every start did before) finds nothing new: skipping it changes nothing.
    expect((await loadSampleCorpus(news)).new).toBe(0);

    await db.query('DELETE FROM news_articles WHERE id = (SELECT id FROM news_articles WHERE sample LIMIT 1)');
    expect(await sampleCorpusStored(db)).toBe(false);
    expect((await loadSampleCorpus(news)).new).toBe(1);
    expect(await sampleCorpusStored(db)).toBe(true);
  });
});

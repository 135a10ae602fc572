import { loadConfig } from '../config';
import { openDb } from '../store/db';
import { newsServicesFor } from '../news/news-services';
import { ingestFeeds, type FeedReport } from '../news/ingest-feed';

// `npm run ingest -- <path-or-url>...`: ingests into the same store as the server, prints one line
// per feed, and exits 1 when any feed failed (after ingesting all the others).

function formatReport(report: FeedReport): string[] {
  if (report.error) return [`✗ ${report.feed}: FAILED: ${report.error}`];
  const name = report.title ? `${report.feed} (${report.title})` : report.feed;
  const lines = [`✓ ${name}: ${report.new} new, ${report.duplicate} duplicate, ${report.skipped} skipped`];
  for (const reason of report.skippedReasons.slice(0, 20)) lines.push(`    skipped: ${reason}`);
  if (report.skippedReasons.length > 20) lines.push(`    … and ${report.skippedReasons.length - 20} more`);
  return lines;
}

async function main(sources: string[]): Promise<number> {
  if (sources.length === 0) {
    console.error('usage: npm run ingest -- <feed-file-or-url>...');
    return 2;
  }
  const config = loadConfig();
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const news = newsServicesFor({ config, db, log: () => {} });
    const analysisLog = (message: string) => console.error(`  ${message}`);
    const reports = await ingestFeeds(sources, { ...news, log: analysisLog }, {});
    for (const report of reports) for (const line of formatReport(report)) console.log(line);
    const failed = reports.filter((r) => r.error).length;
    const added = reports.reduce((sum, r) => sum + r.new, 0);
    if (added > 0) await news.repository.refreshStatistics();
    console.log(`${added} article(s) added from ${reports.length - failed} feed(s)${failed ? `; ${failed} feed(s) failed` : ''}.`);
    return failed > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`ingest failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

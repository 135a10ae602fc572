import type { ServerContext } from '../context';
import { AnalysisCache } from '../store/analysis-cache';
import { newsRepositoryFor } from '../store/news-repository';
import { createAnalysers } from './analysers';
import type { IngestDeps } from './store-candidate';

const services = new WeakMap<object, IngestDeps>();

/** The news repository, analysis cache and analysers for this server context (built once per database). */
export function newsServicesFor(ctx: Pick<ServerContext, 'config' | 'db' | 'log'>): IngestDeps {
  let deps = services.get(ctx.db);
  if (!deps) {
    deps = {
      repository: newsRepositoryFor(ctx.db),
      cache: new AnalysisCache(ctx.db),
      analysers: createAnalysers(ctx.config),
      log: ctx.log,
    };
    services.set(ctx.db, deps);
  }
  return deps;
}

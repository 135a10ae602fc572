import type { ServerConfig } from './config';
import type { Db } from './store/db';

/** What every route module and background job receives. */
export interface ServerContext {
  config: ServerConfig;
  db: Db;
  log: (message: string) => void;
}

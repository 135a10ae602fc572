/** One connection's worth of queries (inside a transaction). */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
}

/** The small SQL surface the repositories use; PGlite and node-postgres both fit it. */
export interface Db extends Queryable {
  /** Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
  /** The embedded PGlite instance (absent on PostgreSQL); the job queue runs its SQL on it in-process. */
  embedded?: import('@electric-sql/pglite').PGlite;
}

/**
 * Opens every schema script run with exec(). On PostgreSQL, processes starting together on an empty database
 * (two servers, or a server and `npm run ingest`) otherwise race in CREATE ... IF NOT EXISTS and one fails on a
 * duplicate catalog row. The statements of one exec() run as one transaction, which holds this lock to its end.
 */
export const SCHEMA_LOCK_SQL = 'SELECT pg_advisory_xact_lock(7311457203);';

interface DbOptions {
  /** PostgreSQL connection string; when absent an embedded PGlite database is used. */
  databaseUrl?: string;
  /** Folder for the embedded database; 'memory://' keeps it in memory. */
  dataDir: string;
  /** PostgreSQL only: an idle pooled connection failed (e.g. the server restarted). Logs to stderr by default. */
  onIdleError?: (error: Error) => void;
}

type PgTypes = typeof import('pg').types;
const INT8_OID = 20;
const DATE_OID = 1082;

/**
 * node-postgres returns bigint (count(*), BIGSERIAL) as a string and a date at local midnight; PGlite returns
 * a number (a BigInt past 2^53) and UTC midnight. Parsing like PGlite keeps rows the same shape on both stores.
 */
function pgliteTypeParser(types: PgTypes) {
  return ((oid: number, format?: 'text' | 'binary') => {
    if (format !== 'binary' && oid === INT8_OID) {
      return (text: string) => {
        const value = BigInt(text);
        return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
      };
    }
    if (format !== 'binary' && oid === DATE_OID) return (text: string) => new Date(`${text}T00:00:00Z`);
    return format === 'binary' ? types.getTypeParser(oid, 'binary') : types.getTypeParser(oid);
  }) as PgTypes['getTypeParser'];
}

export async function openDb(options: DbOptions): Promise<Db> {
  if (options.databaseUrl) {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10, types: { getTypeParser: pgliteTypeParser(pg.types) } });
    // An idle connection dies when PostgreSQL restarts; without a listener that error would crash the process.
    // The pool drops the dead connection and opens a new one on the next query.
    const onIdleError = options.onIdleError ?? ((error: Error) => console.error(`[db] idle PostgreSQL connection closed: ${error.message}`));
    pool.on('error', onIdleError);
    return {
      query: async (sql, params) => ({ rows: (await pool.query(sql, params as unknown[])).rows }),
      exec: async (sql) => { await pool.query(sql); },
      transaction: async (work) => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const result = await work({ query: async (sql, params) => ({ rows: (await client.query(sql, params as unknown[])).rows }) });
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { mkdir } = await import('node:fs/promises');
  const inMemory = options.dataDir === 'memory://';
  if (!inMemory) await mkdir(options.dataDir, { recursive: true });
  const db = new PGlite(inMemory ? undefined : `${options.dataDir}/pglite`);
  await db.waitReady;
  return {
    query: async (sql, params) => ({ rows: (await db.query(sql, params as unknown[])).rows as never[] }),
    exec: async (sql) => { await db.exec(sql); },
    transaction: (work) => db.transaction((tx) => work({ query: async (sql, params) => ({ rows: (await tx.query(sql, params as unknown[])).rows as never[] }) })),
    close: () => db.close(),
    embedded: db,
  };
}

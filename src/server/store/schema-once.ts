import { SCHEMA_LOCK_SQL, type Db } from './db';

/**
 * Creates a repository's tables on first use, under the schema lock, once per process; a failed attempt is
 * forgotten so the next call tries again instead of failing forever.
 */
export function schemaOnce(db: Db, schemaSql: string): () => Promise<void> {
  let pending: Promise<void> | undefined;
  return () =>
    (pending ??= db.exec(SCHEMA_LOCK_SQL + schemaSql).catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

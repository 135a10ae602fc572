import type { PGlite } from '@electric-sql/pglite';

/** What pg-boss 10 asks of a custom `db`: run one SQL text, with or without parameters, and return its rows. */
export interface BossDb {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * pg-boss on the embedded PGlite, in this process. pg-boss sends its schema and maintenance scripts as several
 * statements without parameters (BEGIN; advisory lock; ...; COMMIT), which only the simple protocol (exec) runs;
 * everything with parameters is a single statement (query). PGlite is one connection, so a script that fails
 * half-way would leave every later query in an aborted transaction: it is rolled back here.
 */
export function pgliteBossDb(pglite: PGlite): BossDb {
  return {
    async executeSql(text, values) {
      try {
        if (values && values.length > 0) return { rows: (await pglite.query(text, values as unknown[])).rows };
        const results = await pglite.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      } catch (error) {
        if (pglite.isInTransaction()) await pglite.exec('ROLLBACK').catch(() => undefined);
        throw error;
      }
    },
  };
}

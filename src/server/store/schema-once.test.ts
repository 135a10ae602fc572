import { describe, expect, it } from 'vitest';
import type { Db } from './db';
import { schemaOnce } from './schema-once';

/** A Db whose exec records its scripts and fails the first `failures` times. */
function recordingDb(failures: number): { db: Db; scripts: string[] } {
  const scripts: string[] = [];
  let left = failures;
  const db = {
    exec: async (sql: string) => {
      scripts.push(sql);
      if (left-- > 0) throw new Error('database not ready');
    },
  } as unknown as Db;
  return { db, scripts };
}

describe('schemaOnce', () => {
  it('runs the script once under the schema lock, however many callers ask at once', async () => {
    const { db, scripts } = recordingDb(0);
    const ensure = schemaOnce(db, 'CREATE TABLE t (id int);');
    await Promise.all([ensure(), ensure(), ensure()]);
    await ensure();
    expect(scripts).toEqual(['SELECT pg_advisory_xact_lock(7311457203);CREATE TABLE t (id int);']);
  });

  it('forgets a failed attempt, so the next call tries again', async () => {
    const { db, scripts } = recordingDb(1);
    const ensure = schemaOnce(db, 'CREATE TABLE t (id int);');
    await expect(ensure()).rejects.toThrow('database not ready');
    await ensure();
    expect(scripts).toHaveLength(2);
  });
});

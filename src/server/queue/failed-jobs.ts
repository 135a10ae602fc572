import type { Db } from '../store/db';

export interface FailedJob {
  id: string;
  queue: string;
  data: unknown;
  /** The error the last attempt ended with. */
  reason: string;
  attempts: number;
  createdAt: string;
  failedAt: string | null;
}

interface FailedRow {
  id: string;
  name: string;
  data: unknown;
  output: unknown;
  retry_count: number;
  created_on: Date | string;
  completed_on: Date | string | null;
}

const asIso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** pg-boss stores a thrown Error as { message, stack, ... }; its own lease timeout as { value: { message } }. */
export function failureReason(output: unknown): string {
  const record = (output ?? {}) as { message?: unknown; value?: { message?: unknown } };
  const message = record.message ?? record.value?.message;
  return typeof message === 'string' && message !== '' ? message.slice(0, 500) : JSON.stringify(output ?? null).slice(0, 500);
}

/** Whether pg-boss has created its tables in this database yet (an API-only server may start before any worker). */
async function queueInstalled(db: Db): Promise<boolean> {
  const { rows } = await db.query<{ present: boolean }>("SELECT to_regclass('pgboss.job') IS NOT NULL AS present");
  return rows[0]?.present === true;
}

/** Jobs that used up their retries, newest first, from the live table and pg-boss's archive. */
export async function listFailedJobs(db: Db, limit = 50): Promise<FailedJob[]> {
  if (!(await queueInstalled(db))) return [];
  const columns = 'id::text AS id, name, data, output, retry_count, created_on, completed_on';
  const { rows } = await db.query<FailedRow>(
    `SELECT * FROM (SELECT ${columns} FROM pgboss.job WHERE state = 'failed'
       UNION ALL SELECT ${columns} FROM pgboss.archive WHERE state = 'failed') failed
     ORDER BY completed_on DESC NULLS LAST LIMIT $1`,
    [limit],
  );
  return rows.map((row) => ({
    id: row.id,
    queue: row.name,
    data: row.data,
    reason: failureReason(row.output),
    attempts: Number(row.retry_count) + 1,
    createdAt: asIso(row.created_on)!,
    failedAt: asIso(row.completed_on),
  }));
}

export async function countFailedJobs(db: Db): Promise<number> {
  if (!(await queueInstalled(db))) return 0;
  const { rows } = await db.query<{ n: number }>(
    "SELECT (SELECT count(*) FROM pgboss.job WHERE state = 'failed') + (SELECT count(*) FROM pgboss.archive WHERE state = 'failed') AS n",
  );
  return Number(rows[0]?.n ?? 0);
}

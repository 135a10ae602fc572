import type PgBoss from 'pg-boss';

export interface QueueWorkerOptions<Data> {
  queue: string;
  /** Jobs run at once by this process. */
  concurrency: number;
  /** How often an idle worker looks for jobs other processes queued (its own sends wake it at once, see notify). */
  pollMs: number;
  handle(job: PgBoss.Job<Data>): Promise<void>;
  log: (message: string) => void;
}

export interface QueueWorker {
  /** Look for jobs now (after this process queued some). */
  notify(): void;
  /**
   * Stops fetching, lets running jobs finish for up to `graceMs`, then hands the rest back to the queue as failed
   * attempts, which pg-boss retries (elsewhere) like any failure.
   */
  stop(graceMs: number): Promise<void>;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Fails jobs with a reason (pg-boss's types take a reason only for one id at a time). */
function failAll(boss: PgBoss, queue: string, ids: string[], message: string): Promise<unknown> {
  return Promise.all(ids.map((id) => boss.fail(queue, id, { message }))).catch(() => undefined);
}

/**
 * Runs a queue's jobs with pg-boss's fetch/complete/fail, keeping up to `concurrency` in flight. (pg-boss's own
 * work() waits a polling interval after every batch even when more jobs are waiting, which caps a worker at a few
 * jobs a second; this loop fetches again as soon as a slot is free.) Each job completes or fails on its own.
 */
export function startQueueWorker<Data>(boss: PgBoss, options: QueueWorkerOptions<Data>): QueueWorker {
  const running = new Map<string, Promise<void>>();
  let stopping = false;
  let notified = false;
  let wake: () => void = () => undefined;
  const nap = (ms: number) => new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    wake = () => {
      clearTimeout(timer);
      resolve();
    };
  });

  const run = async (job: PgBoss.Job<Data>) => {
    try {
      await options.handle(job);
      await boss.complete(options.queue, job.id);
    } catch (error) {
      options.log(`job ${options.queue} ${job.id} failed: ${describe(error)}`);
      await boss.fail(options.queue, job.id, error instanceof Error ? error : { message: describe(error) })
        .catch((failError: unknown) => options.log(`could not record the failure of job ${job.id}: ${describe(failError)}`));
    }
  };

  const loop = async () => {
    while (!stopping) {
      const free = options.concurrency - running.size;
      if (free <= 0) {
        await Promise.race(running.values());
        continue;
      }
      let jobs: PgBoss.Job<Data>[] = [];
      notified = false;
      try {
        jobs = await boss.fetch<Data>(options.queue, { batchSize: free });
      } catch (error) {
        options.log(`fetching ${options.queue} jobs failed: ${describe(error)}`);
      }
      if (stopping && jobs.length > 0) {
        await failAll(boss, options.queue, jobs.map((j) => j.id), 'the worker was stopping');
        break;
      }
      for (const job of jobs) {
        const done = run(job).finally(() => {
          running.delete(job.id);
          wake();
        });
        running.set(job.id, done);
      }
      if (jobs.length === 0 && !notified) await nap(options.pollMs);
    }
  };
  const looping = loop();

  return {
    notify: () => {
      notified = true;
      wake();
    },
    async stop(graceMs) {
      stopping = true;
      wake();
      await looping;
      const grace = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), graceMs).unref());
      if ((await Promise.race([Promise.all(running.values()), grace])) === 'timeout' && running.size > 0) {
        const ids = [...running.keys()];
        options.log(`handing ${ids.length} unfinished ${options.queue} job(s) back to the queue`);
        await failAll(boss, options.queue, ids, 'the server shut down before the job finished');
      }
    },
  };
}

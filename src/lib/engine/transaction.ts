import type { Mutex } from './mutex.ts';
import type { Session } from './types.ts';

/** BEGIN … COMMIT on the write session, ROLLBACK on any error, one writer at a time. */
export function runTransaction<T>(
  mutex: Mutex,
  tx: Session,
  work: (tx: Session) => Promise<T>,
  afterCommit: () => Promise<void>,
): Promise<T> {
  return mutex.run(async () => {
    await tx.exec('BEGIN TRANSACTION');
    let result: T;
    try {
      result = await work(tx);
      await tx.exec('COMMIT');
    } catch (err) {
      await tx.exec('ROLLBACK').catch(() => undefined);
      throw err;
    }
    await afterCommit();
    return result;
  });
}

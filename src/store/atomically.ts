// A store method is all or nothing. IndexedDB aborts a transaction by itself when a request fails, but
// not when our own code throws between requests (a value that cannot be cloned, a bad argument found
// late); then the requests already made would commit and leave an event without its rollup. So any
// error aborts the whole transaction.

interface Abortable {
  abort(): void;
  done: Promise<void>;
}

export async function atomically<T>(tx: Abortable, work: () => Promise<T>): Promise<T> {
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    // After an abort, `done` rejects too; the caller hears about the first error only.
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by IndexedDB itself.
    }
    throw error;
  }
}

/**
 * Issues a transaction's requests together. If issuing one throws (a value that cannot be cloned), the
 * requests already issued fail with the abort; they are silenced here so that only the cause surfaces.
 */
export async function issueAll(requests: Iterable<() => Promise<unknown>>): Promise<void> {
  const issued: Promise<unknown>[] = [];
  try {
    for (const request of requests) issued.push(request());
  } catch (error) {
    for (const pending of issued) pending.catch(() => undefined);
    throw error;
  }
  await Promise.all(issued);
}

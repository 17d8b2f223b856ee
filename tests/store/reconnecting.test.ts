import { describe, expect, it } from 'vitest';
import { freshStore, seen } from './fresh-store';
import { reconnecting } from '../../src/store/reconnecting';
import { DATABASE_NAME } from '../../src/store/schema';
import { SCHEMA_VERSION } from '../../src/store/migrations';

class FakeConnection extends EventTarget {
  closed = false;
  close(): void {
    this.closed = true;
  }
}

function opener() {
  const opened: FakeConnection[] = [];
  let failNext = false;
  return {
    opened,
    failOnce: () => {
      failNext = true;
    },
    open: async () => {
      if (failNext) {
        failNext = false;
        throw new Error('disk full');
      }
      const connection = new FakeConnection();
      opened.push(connection);
      return connection;
    },
  };
}

describe('reconnecting', () => {
  it('shares one connection between callers', async () => {
    const source = opener();
    const connection = reconnecting(source.open);
    const [a, b] = await Promise.all([connection.get(), connection.get()]);
    expect(a).toBe(b);
    expect(await connection.get()).toBe(a);
    expect(source.opened).toHaveLength(1);
  });

  it('opens a new connection after the browser closed the last one', async () => {
    const source = opener();
    const connection = reconnecting(source.open);
    const first = await connection.get();
    first.dispatchEvent(new Event('close'));
    const second = await connection.get();
    expect(second).not.toBe(first);
    second.dispatchEvent(new Event('versionchange'));
    expect(await connection.get()).not.toBe(second);
    expect(source.opened).toHaveLength(3);
  });

  it('tries again after a failed open, and reopens after an explicit close', async () => {
    const source = opener();
    const connection = reconnecting(source.open);
    source.failOnce();
    await expect(connection.get()).rejects.toThrow('disk full');
    const first = await connection.get();
    connection.close();
    await Promise.resolve();
    expect(first.closed).toBe(true);
    expect(await connection.get()).not.toBe(first);
  });
});

describe('a newer schema opening the database', () => {
  it('is not blocked by the open store, which then fails clearly instead of writing to a schema it does not know', async () => {
    const { store, factory } = await freshStore();
    await store.recordSeen([seen('p1', 'post', '2026-11-23')]);
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(DATABASE_NAME, SCHEMA_VERSION + 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('blocked by the old connection'));
    });
    expect(newer.version).toBe(SCHEMA_VERSION + 1);
    newer.close();
    await expect(store.recordSeen([seen('p2', 'post', '2026-11-23')])).rejects.toThrow();
  });
});

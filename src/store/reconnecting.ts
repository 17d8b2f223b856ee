// The worker keeps one database connection, but the browser may close it under us (the user clears the
// extension's data, a newer version upgrades the schema, a disk error). Then the next call opens a new
// one instead of every call failing until the worker happens to restart.

interface Connection {
  addEventListener(type: 'close' | 'versionchange', listener: () => void): void;
  close(): void;
}

export interface Reconnecting<T extends Connection> {
  /** The open connection, or a new one if the last was closed by the browser. */
  get(): Promise<T>;
  /** Closes the connection on purpose; a later `get` opens a new one. */
  close(): void;
}

export function reconnecting<T extends Connection>(open: () => Promise<T>): Reconnecting<T> {
  let current: Promise<T> | undefined;
  const forget = (which: Promise<T>) => () => {
    if (current === which) current = undefined;
  };
  return {
    get() {
      if (current) return current;
      const opening: Promise<T> = open().then(
        (connection) => {
          connection.addEventListener('close', forget(opening));
          connection.addEventListener('versionchange', forget(opening));
          return connection;
        },
        (error: unknown) => {
          forget(opening)();
          throw error;
        },
      );
      current = opening;
      return opening;
    },
    close() {
      const closing = current;
      current = undefined;
      void closing?.then((connection) => connection.close(), () => undefined);
    },
  };
}

import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Name of the lock file kept inside a PGlite data directory while a process uses it. */
export const LOCK_FILE_NAME = '.inclusion-api.lock';

/** Data directories this process holds, so a lock file left with our own pid by a crashed run is seen as stale. */
const heldByThisProcess = new Set<string>();

/**
 * Takes an exclusive lock on a PGlite data directory (errors read as the end of "Cannot open PGlite at …: "). PGlite does not lock its data directory itself, and two
 * processes writing the same files corrupt it (for example `npm start` run twice).
 *
 * A lock whose process is gone is taken over. Returns the function that releases the lock.
 *
 * @example
 * const release = lockDataDir('/var/lib/inclusion/pglite');
 * try { … } finally { release(); }
 */
export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE_NAME);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (error) {
      if (!isErrno(error, 'EEXIST')) throw error;
      const holder = readHolder(path);
      if (holder !== undefined && isAlive(holder, dataDir)) {
        throw new Error(
          `it is in use by process ${holder}. Stop that process, or set PGLITE_DATA_DIR to another directory.`,
          { cause: error },
        );
      }
      rmSync(path, { force: true });
      continue;
    }
    try {
      writeSync(fd, String(process.pid));
    } finally {
      closeSync(fd);
    }
    heldByThisProcess.add(dataDir);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      heldByThisProcess.delete(dataDir);
      if (readHolder(path) === process.pid) rmSync(path, { force: true });
    };
  }
  throw new Error('another process keeps taking its lock.');
}

function readHolder(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number, dataDir: string): boolean {
  // In a container the server is often pid 1 on every start: our own pid is a live holder only if we hold it.
  if (pid === process.pid) return heldByThisProcess.has(dataDir);
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isErrno(error, 'EPERM');
  }
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}

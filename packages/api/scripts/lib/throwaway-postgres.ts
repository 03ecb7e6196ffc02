// A PostgreSQL cluster of its own for the reliability scripts, in a temporary directory, on a free port of
// 127.0.0.1, made with Debian's binaries as .ci/start-postgres.sh makes the development one. The scripts stop and
// start it at will; the shared development server (port 54329) is never touched.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './api-process.js';

/** A throwaway cluster. */
export interface ThrowawayPostgres {
  /** `postgres://postgres@127.0.0.1:<port>/inclusion` */
  url: string;
  port: number;
  dataDir: string;
  /** `pg_ctl start -w` (waits until it accepts connections). */
  start(): void;
  /** `pg_ctl stop -m fast -w`: open connections are cut, new ones refused. */
  stop(): void;
  /** Whether it accepts connections (`pg_isready`). */
  isReady(): boolean;
  /** Stops it if running and deletes its directory. */
  dispose(): void;
}

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(join(root, name, 'bin', 'pg_ctl')))
        .sort((a, b) => Number(a) - Number(b))
    : [];
  const latest = versions.at(-1);
  if (!latest) {
    throw new Error('PostgreSQL is not installed: apt-get install -y postgresql postgresql-contrib');
  }
  return join(root, latest, 'bin');
}

/** Creates and starts a cluster with the database `inclusion`. */
export async function createThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = binDir();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'inclusion-reliability-pg-'));
  // initdb refuses to run as root: run the server as the `postgres` user then, as .ci/start-postgres.sh does.
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dataDir, uid, gid);
  }
  const run = (command: string, args: string[]): string =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], { encoding: 'utf8' })
      : execFileSync(join(bin, command), args, { encoding: 'utf8' });
  const cluster = join(dataDir, 'data');
  run('initdb', ['-D', cluster, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
  const serverOptions = `-h 127.0.0.1 -p ${port} -k ${dataDir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  let running = false;
  const postgres: ThrowawayPostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/inclusion`,
    port,
    dataDir,
    start() {
      run('pg_ctl', ['-D', cluster, '-l', join(dataDir, 'server.log'), '-w', '-o', serverOptions, 'start']);
      running = true;
    },
    stop() {
      run('pg_ctl', ['-D', cluster, '-m', 'fast', '-w', 'stop']);
      running = false;
    },
    isReady() {
      try {
        execFileSync(join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port), '-t', '1'], {
          stdio: 'ignore',
        });
        return true;
      } catch {
        return false;
      }
    },
    dispose() {
      try {
        if (running) postgres.stop();
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
  postgres.start();
  execFileSync(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'inclusion']);
  return postgres;
}

// The API as the reliability scripts run it: `src/main.ts` in a child process on 127.0.0.1, as `npm start`
// does, with the settings of a load test (rate limits off: every request comes from 127.0.0.1).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const probe = fileURLToPath(new URL('./memory-probe.ts', import.meta.url));

/** One sample of the API process's memory. */
export interface MemorySample {
  /** Milliseconds since the epoch. */
  at: number;
  /** Whether the heap was collected just before (`--expose-gc`). */
  gc: boolean;
  usage: NodeJS.MemoryUsage;
  /** The event loop's delay since the previous sample, milliseconds: 99th percentile and maximum. */
  loop: { p99: number; max: number };
}

/** A running API process. */
export interface ApiProcess {
  child: ChildProcess;
  pid: number;
  url: string;
  /** What it wrote on stdout and stderr (the last 200 KB). */
  output(): string;
  /** The memory samples received so far (with `memoryProbeMs`). */
  memory: MemorySample[];
  /** Resolves with the exit code (or the signal's name) once the process is gone. */
  exited: Promise<number | string>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once it is gone. */
  stop(graceMs?: number): Promise<number | string>;
}

/** What to start. */
export interface StartApiOptions {
  /** Environment of the server (DATABASE_URL or PGLITE_DATA_DIR, ADMIN_TOKEN…), over the defaults below. */
  env: Record<string, string>;
  /** Sample memory and event-loop delays this often (ms), through `memory-probe.ts`. */
  memoryProbeMs?: number;
  /** Collect garbage before each memory sample (`--expose-gc`); default true. Off, loop stalls are the app's own. */
  collectGarbage?: boolean;
  /** More options of `node`, e.g. `['--cpu-prof']` to see where the time goes. */
  nodeArgs?: readonly string[];
  /** How long to wait for `/health` to answer 200; default 120 s (a first PGlite start loads the data). */
  readyTimeoutMs?: number;
}

/** A TCP port free on 127.0.0.1 now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Starts the API and waits until `/health` answers 200. Throws with the process's output if it exits or does not
 * become healthy in time.
 */
export async function startApi(options: StartApiOptions): Promise<ApiProcess> {
  const port = await freePort();
  const ours = ['DATABASE_URL', 'PGLITE_DATA_DIR', 'STATIC_DIR', 'PORT', 'HOST', 'ADMIN_TOKEN'];
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !ours.includes(name)));
  const nodeArgs = ['--conditions=source', '--import', 'tsx'];
  if (options.memoryProbeMs) {
    if (options.collectGarbage !== false) nodeArgs.push('--expose-gc');
    nodeArgs.push('--import', probe);
  }
  nodeArgs.push(...(options.nodeArgs ?? []));
  const child = spawn(process.execPath, [...nodeArgs, 'src/main.ts'], {
    cwd: packageDir,
    env: {
      ...inherited,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      RATE_LIMIT_GET_PER_MINUTE: '0',
      RATE_LIMIT_POST_PER_MINUTE: '0',
      RATE_LIMIT_POST_OTHER_ORIGIN_PER_MINUTE: '0',
      ...(options.memoryProbeMs ? { MEMORY_PROBE_MS: String(options.memoryProbeMs) } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  const keep = (chunk: string) => {
    output = (output + chunk).slice(-200_000);
  };
  child.stdout?.setEncoding('utf8').on('data', keep);
  child.stderr?.setEncoding('utf8').on('data', keep);
  const memory: MemorySample[] = [];
  child.on('message', (message: { type?: string } & MemorySample) => {
    if (message.type === 'memory') {
      memory.push({ at: message.at, gc: message.gc, usage: message.usage, loop: message.loop });
    }
  });
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  let gone: number | string | undefined;
  void exited.then((code) => (gone = code));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 120_000);
  for (;;) {
    if (gone !== undefined) throw new Error(`The API exited with ${gone} before answering:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The API did not answer /health in time:\n${output}`);
    }
    try {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  return {
    child,
    pid: child.pid ?? 0,
    url,
    output: () => output,
    memory,
    exited,
    async stop(graceMs = 10_000) {
      if (gone !== undefined) return gone;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

// Loaded into the API's process by the reliability scripts (`node --expose-gc --import …/memory-probe.ts`): every
// MEMORY_PROBE_MS it collects garbage, then sends `process.memoryUsage()` and the event loop's delays since the
// last sample to the parent over the IPC channel. Collecting first makes the heap figure what is still
// referenced, so that a leak shows as a slope and not as the sawtooth of the collector. Does nothing without an
// IPC channel.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const interval = Number(process.env.MEMORY_PROBE_MS) || 0;

if (interval > 0 && typeof process.send === 'function') {
  const gc = (globalThis as { gc?: () => void }).gc;
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const timer = setInterval(() => {
    const loop = { p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 };
    delay.reset();
    gc?.();
    process.send?.({
      type: 'memory',
      at: Date.now(),
      gc: gc !== undefined,
      usage: process.memoryUsage(),
      loop,
    });
  }, interval);
  timer.unref();
  // Not kept alive by the channel: the server decides when to exit.
  process.channel?.unref();
}

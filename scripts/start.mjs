// `npm start`: the demo partner site on http://localhost:8080 (PORT changes it), with the API on the
// embedded database (PGlite in .pglite/, or the PostgreSQL server named by DATABASE_URL).
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = {
  ...process.env,
  PORT: process.env.PORT ?? '8080',
  STATIC_DIR: process.env.STATIC_DIR ?? `${root}demo`,
};

// The demo pages load the widgets built from the sources (a few seconds; demo/build/ is not committed).
const demoBuild = spawnSync(process.execPath, [`${root}scripts/build-demo.mjs`], { stdio: 'inherit' });
if (demoBuild.status !== 0) process.exit(demoBuild.status ?? 1);

const server = spawn(
  process.execPath,
  ['--conditions=source', '--import', 'tsx', `${root}packages/api/src/main.ts`],
  { stdio: 'inherit', env },
);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

// Prepares the two pages of the side-by-side load benchmark in a temporary site folder, served by our API
// (STATIC_DIR) so that both widgets get the same HTTP server and the same compression:
//   /ours/list/, /ours/map/   <inclusion-venue-finder> built as the demo serves it (scripts/widget-bundle.mjs)
//   /cn5/<variant>/           the national map, installed from the npm registry into the temporary folder
// The national map's code is never committed: it is fetched with `npm pack` at each run.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWidget } from '../widget-bundle.mjs';
import { fetchAllPlaces, toCn5Place } from './cn5-places.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The national map's package, as the issue names it. */
export const cn5Package = '@gouvfr-anct/cartographie-nationale@5.22.0';

/** Where CN5's bundle loads its assets (styles, fonts, map style) from: a public CDN, unreachable here. */
const cn5AssetsCdn = 'https://cdn.jsdelivr.net/npm/@gouvfr-anct/cartographie-nationale@5.20.0/';

/**
 * Installs CN5 from the npm registry into `dir` (`npm pack`, then the tarball unpacked) and copies what a page
 * loads (bundle, styles, assets) into `siteDir`, with the CDN address of its assets replaced by `/cn5/`.
 *
 * @param {string} dir a temporary folder
 * @param {string} siteDir where the site is served from (the files go to `<siteDir>/cn5/`)
 * @returns {{ version: string, files: string[] }}
 */
export function installCn5(dir, siteDir) {
  const packed = execFileSync('npm', ['pack', cn5Package, '--pack-destination', dir, '--silent'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
  })
    .trim()
    .split('\n')
    .at(-1);
  execFileSync('tar', ['-xzf', join(dir, packed), '-C', dir], { timeout: 60_000 });
  const packageDir = join(dir, 'package');
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const target = join(siteDir, 'cn5');
  mkdirSync(target, { recursive: true });
  cpSync(join(packageDir, 'assets'), join(target, 'assets'), { recursive: true });
  // A few images are asked for at the site's root (`/assets/img/…`), relative to no base.
  cpSync(join(packageDir, 'assets/img'), join(siteDir, 'assets/img'), { recursive: true });
  for (const file of ['cartographie.js', 'styles.css']) {
    const text = readFileSync(join(packageDir, file), 'utf8');
    writeFileSync(join(target, file), text.replaceAll(cn5AssetsCdn, '/cn5/'));
  }
  return { version, files: readdirSync(packageDir) };
}

/**
 * Builds `<inclusion-venue-finder>` as `npm start` builds it for the demo, into `<siteDir>/build/venue-finder/`.
 *
 * @param {string} siteDir
 */
export async function buildOurs(siteDir) {
  const outDir = join(siteDir, 'build/venue-finder');
  const built = await buildWidget({
    name: 'venue-finder',
    entry: 'packages/venue-finder/src/define.ts',
    outDir,
    firstStep: 'before the list',
  });
  // The bundle asks for maplibre's worker at the site's root (`new URL('/maplibre-gl-worker.mjs', import.meta.url)`
  // in the map chunk), not next to itself: put a copy there, as a deployment must.
  cpSync(join(outDir, 'maplibre-gl-worker.mjs'), join(siteDir, 'maplibre-gl-worker.mjs'));
  return built;
}

/**
 * Starts our API serving `siteDir`, on a throwaway in-memory database loaded with the committed real places.
 *
 * @param {{ port: number, siteDir: string, logFile: string }} options
 * @returns {Promise<{ origin: string, stop: () => Promise<void> }>}
 */
export async function startApi({ port, siteDir, logFile }) {
  const origin = `http://127.0.0.1:${port}`;
  const log = [];
  const server = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', join(root, 'packages/api/src/main.ts')],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        STATIC_DIR: siteDir,
        PGLITE_DATA_DIR: 'memory://',
        DATABASE_URL: '',
        LOG_LEVEL: 'warn',
        RATE_LIMIT_GET_PER_MINUTE: '1000000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout.on('data', (chunk) => log.push(chunk));
  server.stderr.on('data', (chunk) => log.push(chunk));
  let exited = false;
  let stopping = false;
  server.on('exit', (code, signal) => {
    exited = true;
    if (!stopping) {
      // Killed or crashed while pages were being measured: say so, with its last words.
      console.error(`[bench:load] the API exited (code ${code}, signal ${signal}):`);
      console.error(Buffer.concat(log).toString().slice(-2000));
    }
  });
  const stop = async () => {
    stopping = true;
    writeFileSync(logFile, Buffer.concat(log));
    if (exited) return;
    server.kill('SIGTERM');
    await Promise.race([
      new Promise((resolve) => server.once('exit', resolve)),
      new Promise((resolve) => setTimeout(resolve, 10_000)),
    ]);
    if (!exited) server.kill('SIGKILL');
  };
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`the API exited before answering:\n${Buffer.concat(log).toString().slice(-2000)}`);
    }
    try {
      const response = await fetch(`${origin}/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok && (await response.json()).status === 'ok') break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `the API did not answer /health within 180 s:\n${Buffer.concat(log).toString().slice(-2000)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { origin, stop };
}

const viewport = '<meta name="viewport" content="width=device-width, initial-scale=1" />';

/**
 * Our page: the finder on a territory, as a webmaster embeds it (one script, one element).
 *
 * @param {string} territory `departement:69`
 * @param {'auto' | 'on'} map `auto`: the list (the map is offered, loaded only when asked); `on`: map shown
 */
function ourPage(territory, map) {
  return `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    ${viewport}
    <title>Bench: inclusion-venue-finder</title>
    <script type="module" src="/build/venue-finder/venue-finder.js"></script>
  </head>
  <body>
    <h1>Aide au numérique</h1>
    <inclusion-venue-finder api="/" territory="${territory}" map="${map}"></inclusion-venue-finder>
  </body>
</html>
`;
}

/**
 * CN5's page, as its README embeds the map alone (`cartographie.js`, `<fr-mediation-numerique-cartographie>`),
 * reading `source`. `route` is the path its router opens: the list of a département's places.
 *
 * @param {{ base: string, source: string, route: string }} options
 */
function cn5Page({ base, source, route }) {
  return `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    ${viewport}
    <title>Bench: cartographie nationale</title>
    <base href="${base}" />
    <link href="/cn5/styles.css" rel="stylesheet" />
    <script>
      // The page's address as a link to the département's list would give it (no server-side fallback here).
      history.replaceState(null, '', ${JSON.stringify(base + route)});
    </script>
  </head>
  <body class="vh-100">
    <fr-mediation-numerique-cartographie source="${source}"></fr-mediation-numerique-cartographie>
    <script src="/cn5/cartographie.js" type="module"></script>
  </body>
</html>
`;
}

/**
 * Writes every page and CN5's data files. CN5 gets our API's places converted to the JSON it reads: every place
 * (as the national map reads one national file) and the territory's alone (the smallest file it can be given).
 *
 * @param {{ siteDir: string, origin: string, territory: string, departementName: string }} options
 * @returns {Promise<Record<string, { url: string, places?: number, dropped?: number, bytes?: number }>>} the pages by target name
 */
export async function writePages({ siteDir, origin, territory, departementName }) {
  const write = (path, text) => {
    mkdirSync(join(siteDir, path, '..'), { recursive: true });
    writeFileSync(join(siteDir, path), text);
  };
  write('ours/list/index.html', ourPage(territory, 'auto'));
  write('ours/map/index.html', ourPage(territory, 'on'));

  const pages = {
    ours: { url: '/ours/list/', mapUrl: '/ours/map/' },
  };
  const sources = {
    'cn5-all': await fetchAllPlaces(origin),
    'cn5-territory': await fetchAllPlaces(origin, { territoire: territory }),
  };
  for (const [name, lieux] of Object.entries(sources)) {
    const places = lieux.map(toCn5Place).filter(Boolean);
    const json = JSON.stringify(places);
    write(`cn5/data/${name}.json`, json);
    const base = `/cn5/${name}/`;
    const route = `departements/${encodeURIComponent(departementName)}`;
    write(`cn5/${name}/index.html`, cn5Page({ base, source: `/cn5/data/${name}.json`, route }));
    pages[name] = {
      url: base,
      places: places.length,
      dropped: lieux.length - places.length,
      bytes: Buffer.byteLength(json),
    };
  }
  return pages;
}

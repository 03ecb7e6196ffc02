// A web-test-runner plugin: the command `validate-html` checks HTML documents with the Nu Html Checker (v.Nu, the
// W3C's validator; RGAA 4.1 criterion 8.2 names it), run locally from the `vnu-jar` package — nothing leaves the
// machine. The checker starts once, as a local HTTP service on 127.0.0.1, with the test server (≈ 3 s on an idle
// machine), and stops with it. It needs Java (Debian: `default-jre-headless`; `.ci/run` installs it).
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** @type {Promise<string> | undefined} the checker's URL once it answers */
let checker;
/** @type {import('node:child_process').ChildProcess | undefined} */
let checkerProcess;

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** Starts the checker’s HTTP service and waits until it answers (at most 120 s). */
async function startChecker() {
  if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0) {
    throw new Error(
      'validate-html needs Java to run the Nu Html Checker: on Debian, apt-get install -y default-jre-headless',
    );
  }
  // The package's main export is the jar's path (a String object).
  const jar = String(require('vnu-jar'));
  const port = await freePort();
  checkerProcess = spawn(
    'java',
    ['-Dnu.validator.servlet.bind-address=127.0.0.1', '-cp', jar, 'nu.validator.servlet.Main', String(port)],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (checkerProcess.exitCode !== null) {
      throw new Error(`the Nu Html Checker stopped at start (exit code ${checkerProcess.exitCode})`);
    }
    try {
      const response = await fetch(url, { method: 'HEAD' });
      if (response.status < 500) return url;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the Nu Html Checker did not answer within 120 s');
}

/**
 * The checker's messages on one document.
 *
 * @param {string} url
 * @param {string} document
 * @returns {Promise<{ type: string; subType?: string; message: string; extract?: string }[]>}
 */
async function check(url, document) {
  const response = await fetch(`${url}?out=json`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
    body: document,
  });
  if (!response.ok) throw new Error(`the Nu Html Checker answered ${response.status}`);
  const { messages } = await response.json();
  return messages.map(({ type, subType, message, extract }) => ({ type, subType, message, extract }));
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function htmlValidatorPlugin() {
  return {
    name: 'html-validator',
    // Started with the test server rather than at the first command: on a loaded machine the JVM took ≈ 55 s to
    // answer, longer than a test waits. Only when the run's files may hold the checks that call it (test/a11y),
    // so that a run of other tests starts no JVM. A start that fails (no Java) is reported by the first command.
    serverStart({ config }) {
      const patterns = [config.files, ...(config.groups ?? []).map((group) => group.files)].flat();
      if (!patterns.some((pattern) => typeof pattern === 'string' && /^test\/(\*\*|a11y)/.test(pattern)))
        return;
      checker ??= startChecker();
      checker.catch(() => {});
    },
    async executeCommand({ command, payload }) {
      if (command !== 'validate-html') return undefined;
      checker ??= startChecker();
      const url = await checker;
      const { documents } = /** @type {{ documents: { name: string; html: string }[] }} */ (payload);
      const results = [];
      for (const { name, html } of documents) results.push({ name, messages: await check(url, html) });
      return results;
    },
    serverStop() {
      checkerProcess?.kill();
    },
  };
}

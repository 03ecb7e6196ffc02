import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readConfig } from './config.js';

describe('readConfig', () => {
  it('defaults to 127.0.0.1:8080 and PGlite in .pglite under the working directory', () => {
    assert.deepEqual(readConfig({}, '/srv/api'), {
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: undefined,
      pgliteDataDir: '/srv/api/.pglite',
      staticDir: undefined,
      logLevel: 'info',
      adminToken: undefined,
      banUrl: undefined,
      publicUrl: undefined,
      http: { responseCache: { maxBytes: 32 * 1024 * 1024 } },
      contentDir: undefined,
      embedScriptUrl: '/build/embed/inclusion-widgets.js',
    });
  });

  it('reads every variable, resolving relative directories from the working directory', () => {
    const config = readConfig(
      {
        PORT: '0',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgres://api@db/inclusion',
        PGLITE_DATA_DIR: 'data/pglite',
        STATIC_DIR: '../../demo',
        LOG_LEVEL: 'debug',
        ADMIN_TOKEN: 'secret',
        BAN_URL: 'https://api-adresse.data.gouv.fr/search/',
        PUBLIC_URL: 'https://api.example.org/inclusion/',
        EMBED_SCRIPT_URL: 'https://cdn.example.org/inclusion-widgets@1.0.0/inclusion-widgets.js',
      },
      '/srv/repo/packages/api',
    );
    assert.deepEqual(config, {
      port: 0,
      host: '0.0.0.0',
      databaseUrl: 'postgres://api@db/inclusion',
      pgliteDataDir: '/srv/repo/packages/api/data/pglite',
      staticDir: '/srv/repo/demo',
      logLevel: 'debug',
      adminToken: 'secret',
      banUrl: 'https://api-adresse.data.gouv.fr/search/',
      publicUrl: 'https://api.example.org/inclusion',
      http: { responseCache: { maxBytes: 32 * 1024 * 1024 } },
      contentDir: undefined,
      embedScriptUrl: 'https://cdn.example.org/inclusion-widgets@1.0.0/inclusion-widgets.js',
    });
  });

  it('keeps memory:// and absolute data directories as they are, and treats empty variables as unset', () => {
    assert.equal(readConfig({ PGLITE_DATA_DIR: 'memory://' }, '/srv').pgliteDataDir, 'memory://');
    assert.equal(readConfig({ PGLITE_DATA_DIR: '/var/lib/api' }, '/srv').pgliteDataDir, '/var/lib/api');
    assert.equal(readConfig({ DATABASE_URL: '', PORT: ' ' }, '/srv').databaseUrl, undefined);
    assert.equal(readConfig({ PORT: '' }, '/srv').port, 8080);
  });

  it('names PUBLIC_URL when it is not an http(s) address', () => {
    for (const url of ['api.example.org', 'ftp://api.example.org', 'https://api.example.org/?x=1']) {
      assert.throws(
        () => readConfig({ PUBLIC_URL: url }),
        /^Error: PUBLIC_URL must be the http\(s\) address/,
        url,
      );
    }
  });

  it('names EMBED_SCRIPT_URL when it is neither an http(s) URL nor a path from the root', () => {
    assert.equal(
      readConfig({ EMBED_SCRIPT_URL: '/cdn/inclusion-widgets.js' }).embedScriptUrl,
      '/cdn/inclusion-widgets.js',
    );
    for (const url of ['build/embed/inclusion-widgets.js', '//cdn.example.org/x.js', 'javascript:alert(1)']) {
      assert.throws(
        () => readConfig({ EMBED_SCRIPT_URL: url }),
        /^Error: EMBED_SCRIPT_URL must be an http\(s\) URL or a path starting with \//,
        url,
      );
    }
  });

  it('names PORT when it is not a port number', () => {
    for (const port of ['http', '-1', '65536', '80.5']) {
      assert.throws(() => readConfig({ PORT: port }), /^Error: PORT must be a number from 0 to 65535/, port);
    }
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readConfig } from '../config.js';
import { readHttpConfig } from './config.js';

describe('readHttpConfig', () => {
  it('keeps the defaults when nothing is set', () => {
    assert.deepEqual(readHttpConfig({}), { responseCache: { maxBytes: 32 * 1024 * 1024 } });
  });

  it('reads every variable', () => {
    assert.deepEqual(
      readHttpConfig({
        CORS_ORIGINS: 'https://www.mairie.example/, http://localhost:5173 ,*',
        TRUST_PROXY: '2',
        RATE_LIMIT_GET_PER_MINUTE: '1200',
        RATE_LIMIT_POST_PER_MINUTE: '0',
        RATE_LIMIT_POST_OTHER_ORIGIN_PER_MINUTE: '5',
        BODY_LIMIT_BYTES: '32768',
        IMPORT_BODY_LIMIT_BYTES: '104857600',
        RESPONSE_CACHE_MB: '0',
      }),
      {
        corsOrigins: ['https://www.mairie.example', 'http://localhost:5173', '*'],
        trustedProxies: 2,
        rateLimits: { get: 1200, post: 0, postOtherOrigin: 5 },
        bodyLimits: { default: 32_768, import: 104_857_600 },
        responseCache: { maxBytes: 0 },
      },
    );
    assert.equal(readHttpConfig({ TRUST_PROXY: 'true' }).trustedProxies, 1);
    assert.equal(readHttpConfig({ TRUST_PROXY: 'false' }).trustedProxies, 0);
  });

  it('names the variable and what was expected when a value is wrong', () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [
        { CORS_ORIGINS: 'www.mairie.example' },
        /^Error: CORS_ORIGINS must list origins such as https:\/\/www\.mairie\.example .* not 'www\.mairie\.example'/,
      ],
      [{ CORS_ORIGINS: 'https://a.example/widgets' }, /^Error: CORS_ORIGINS must list origins/],
      [
        { TRUST_PROXY: 'yes' },
        /^Error: TRUST_PROXY must be true \(one proxy in front\), false, or the number of proxies/,
      ],
      [
        { RATE_LIMIT_GET_PER_MINUTE: 'many' },
        /^Error: RATE_LIMIT_GET_PER_MINUTE must be a number of requests per minute \(0 turns the limit off\), not 'many'/,
      ],
      [
        { BODY_LIMIT_BYTES: '16kb' },
        /^Error: BODY_LIMIT_BYTES must be a size in bytes, at least 1024, not '16kb'/,
      ],
      [
        { IMPORT_BODY_LIMIT_BYTES: '10' },
        /^Error: IMPORT_BODY_LIMIT_BYTES must be a size in bytes, at least 1024, not '10'/,
      ],
    ];
    for (const [env, message] of cases)
      assert.throws(() => readHttpConfig(env), message, JSON.stringify(env));
  });

  it('is part of the server configuration, with CONTENT_DIR', () => {
    const config = readConfig({ TRUST_PROXY: 'true', CONTENT_DIR: 'content' }, '/srv');
    assert.deepEqual(config.http, { trustedProxies: 1, responseCache: { maxBytes: 32 * 1024 * 1024 } });
    assert.equal(config.contentDir, '/srv/content');
  });
});

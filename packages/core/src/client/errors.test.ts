import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { localeReady } from '../i18n/translate.js';
import { formatIssues } from '../schemas/issues.js';
import { lieuSchema } from '../schemas/lieu.js';
import type { InclusionError } from './errors.js';
import {
  HttpError,
  InvalidResponseError,
  isAbortError,
  isInclusionError,
  NetworkError,
  TimeoutError,
} from './errors.js';

const url = 'https://api.example.org/v1/lieux/x';

describe('InclusionError', () => {
  before(async () => {
    await localeReady('en'); // the English catalog is imported on demand, as in a widget
  });

  it('gives citizens a plain message in French and in English for each kind of failure', () => {
    const cases: Array<[InclusionError, string, string]> = [
      [
        new NetworkError({ url, cause: new TypeError('fetch failed') }),
        'Le service ne répond pas',
        'We cannot reach',
      ],
      [new TimeoutError({ url, timeout: 10_000 }), 'met trop de temps', 'taking too long'],
      [new HttpError({ url, status: 503 }), 'a un problème en ce moment', 'has a problem right now'],
      [new HttpError({ url, status: 404 }), 'Nous n’avons pas trouvé', 'could not find'],
      [new HttpError({ url, status: 429 }), 'trop de demandes', 'too many requests'],
      [new HttpError({ url, status: 403 }), 'Il y a eu un problème', 'Something went wrong'],
      [
        new InvalidResponseError({ url, reason: 'empty' }),
        'Le service a un problème. Réessayez plus tard.',
        'has a problem. Try again later',
      ],
    ];
    for (const [error, fr, en] of cases) {
      assert.ok(error.userMessage('fr').includes(fr), `${error.name} fr: ${error.userMessage('fr')}`);
      assert.ok(error.userMessage('en').includes(en), `${error.name} en: ${error.userMessage('en')}`);
    }
  });

  it('keeps the detail of a 400 problem for developers, not citizens', () => {
    const error = new HttpError({
      url,
      status: 400,
      problem: { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'le rayon est trop grand.' },
    });
    assert.equal(
      error.userMessage('fr'),
      'Nous ne pouvons pas faire cette recherche. Essayez d’autres choix.',
    );
    assert.equal(error.userMessage('en'), 'We cannot do this search. Try other choices.');
    assert.match(error.message, /le rayon est trop grand\./);
    assert.match(error.details, /Detail: le rayon est trop grand\./);
  });

  it('says which failures are worth retrying', () => {
    assert.equal(new NetworkError({ url }).retryable, true);
    assert.equal(new TimeoutError({ url, timeout: 1 }).retryable, true);
    assert.equal(new HttpError({ url, status: 500 }).retryable, true);
    assert.equal(new HttpError({ url, status: 429 }).retryable, true);
    assert.equal(new HttpError({ url, status: 404 }).retryable, false);
    assert.equal(new HttpError({ url, status: 400 }).retryable, false);
    assert.equal(new InvalidResponseError({ url }).retryable, true);
  });

  it('gives developers the URL, status and problem in details', () => {
    const error = new HttpError({
      url,
      status: 400,
      statusText: 'Bad Request',
      problem: {
        type: 'https://api.example.org/problems/validation',
        title: 'Invalid parameters',
        status: 400,
        detail: 'rayon trop grand',
        errors: [{ path: 'rayon', message: 'must be at most 100000' }],
      },
    });
    assert.equal(error.kind, 'http');
    assert.equal(error.name, 'HttpError');
    assert.match(
      error.message,
      /GET https:\/\/api\.example\.org\/v1\/lieux\/x failed with 400 Bad Request: rayon trop grand/,
    );
    assert.deepEqual(error.details.split('\n'), [
      `URL: ${url}`,
      'Status: 400 Bad Request',
      'Problem: Invalid parameters (https://api.example.org/problems/validation)',
      'Detail: rayon trop grand',
      'rayon: must be at most 100000',
    ]);
  });

  it('lists schema issues as readable path: message lines', () => {
    const result = lieuSchema.safeParse(
      {
        id: 'x',
        pivot: '43493312300029',
        nom: 'N',
        commune: 'C',
        adresse: 'A',
        date_maj: '2024-04-02',
        latitude: 'north',
      },
      { reportInput: true },
    );
    assert.equal(result.success, false);
    const issues = result.error?.issues ?? [];
    const error = new InvalidResponseError({ url, issues, lines: formatIssues(issues) });
    assert.match(error.details, /^code_postal: required \(string\)$/m);
    assert.match(error.details, /^latitude: expected number, received "north"$/m);
    assert.equal(error.issues.length, 2);
  });

  it('is recognised by isInclusionError, also from another copy of the library', () => {
    assert.equal(isInclusionError(new TimeoutError({ url, timeout: 1 })), true);
    assert.equal(isInclusionError(new Error('x')), false);
    assert.equal(isInclusionError(null), false);
    const foreign = { [Symbol.for('inclusion-widgets.InclusionError')]: true, kind: 'network' };
    assert.equal(isInclusionError(foreign), true);
  });

  it('tells an abort apart from a failure', () => {
    assert.equal(isAbortError(new DOMException('stop', 'AbortError')), true);
    assert.equal(isAbortError(new NetworkError({ url })), false);
  });
});

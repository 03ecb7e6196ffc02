import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { quiz } from '../../../../test/fixtures/quiz.js';
import { orientation } from '../../../../test/fixtures/orientation.js';
import { formatIssues } from '../schemas/issues.js';
import { PartnerClient } from './partner-client.js';
import { previewCommuneList, previewLieuPage } from '../schemas/preview.js';
import { SearchParamsError } from '../schemas/search.js';
import { InclusionClient, type FetchFunction } from './client.js';
import { HttpError, InvalidResponseError, NetworkError, TimeoutError } from './errors.js';

const baseUrl = 'https://api.example.org';

const lieu = {
  id: 'lieu-1',
  pivot: '43493312300029',
  nom: 'Espace numérique (exemple)',
  commune: 'Lille',
  code_postal: '59000',
  code_insee: '59350',
  adresse: '1 place de l’Exemple',
  latitude: 50.63,
  longitude: 3.05,
  date_maj: '2024-04-02',
  services: ['aide-aux-demarches-administratives'],
  distance: 120,
  ouverture: { statut: 'ouvert', jusqu_a: '2024-04-02T12:00:00+02:00' },
};

const page = { items: [lieu], total: 1, limit: 20, next: null };

function json(body: unknown, status = 200, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

/** A fetch answering from a list of responders, one per call (the last one repeats), recording each call. */
function scriptedFetch(
  ...responders: Array<(url: string, init: RequestInit) => Response | Promise<Response>>
) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetch: FetchFunction = async (url, init) => {
    calls.push({ url, init });
    const responder = responders[Math.min(calls.length, responders.length) - 1];
    assert.ok(responder, 'no responder');
    return responder(url, init);
  };
  return { fetch, calls };
}

/** A fetch that never answers but, like the platform's, rejects with the signal's reason on abort. */
function hangingFetch() {
  const calls: Array<{ url: string; signal: AbortSignal | null | undefined }> = [];
  const fetch: FetchFunction = (url, init) => {
    calls.push({ url, signal: init.signal });
    return new Promise<Response>((_, reject) => {
      init.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true });
    });
  };
  return { fetch, calls };
}

function client(
  fetch: FetchFunction,
  options: { timeout?: number; cacheSize?: number } = {},
): InclusionClient {
  return new InclusionClient({ baseUrl, fetch, retryDelay: 0, ...options });
}

const networkFailure = () => Promise.reject(new TypeError('fetch failed'));

describe('InclusionClient', () => {
  it('builds endpoint URLs, encodes path segments and asks for JSON', async () => {
    const { fetch, calls } = scriptedFetch(() => json(lieu));
    const api = new InclusionClient({ baseUrl: `${baseUrl}/api/`, fetch, headers: { 'X-Partner': 'demo' } });
    await api.getLieu('a/b c');
    assert.equal(calls[0]?.url, 'https://api.example.org/api/v1/lieux/a%2Fb%20c');
    const headers = calls[0]?.init.headers as Record<string, string>;
    assert.equal(headers['Accept'], 'application/json');
    assert.equal(headers['X-Partner'], 'demo');
    assert.equal(calls[0]?.init.credentials, 'omit');
  });

  it('searches venues with the parameters as a query string and parses the page', async () => {
    const { fetch, calls } = scriptedFetch(() => json(page));
    const result = await client(fetch).searchLieux({
      commune: '59350',
      rayon: 5000,
      services: ['aide-aux-demarches-administratives', 'maitrise-des-outils-numeriques-du-quotidien'],
      ouvert_maintenant: true,
    });
    assert.equal(
      calls[0]?.url,
      `${baseUrl}/v1/lieux?commune=59350&rayon=5000&services=aide-aux-demarches-administratives%2Cmaitrise-des-outils-numeriques-du-quotidien&ouvert_maintenant=true`,
    );
    assert.equal(result.items[0]?.nom, 'Espace numérique (exemple)');
    assert.deepEqual(result.items[0]?.frais_a_charge, [], 'multi-valued fields default to []');
  });

  it('asks for a map viewport and parses its clusters and points', async () => {
    const carte = { bbox: [2, 48, 3, 49], zoom: 8, total: 1, clusters: [], points: [] };
    const { fetch, calls } = scriptedFetch(() => json(carte));
    const result = await client(fetch).getCarte({
      bbox: [2, 48, 3, 49],
      zoom: 8,
      services: ['aide-aux-demarches-administratives'],
    });
    assert.equal(
      calls[0]?.url,
      `${baseUrl}/v1/lieux/carte?bbox=2%2C48%2C3%2C49&zoom=8&services=aide-aux-demarches-administratives`,
    );
    assert.deepEqual(result, carte);
    await assert.rejects(client(fetch).getCarte({ bbox: [2, 48, 3, 49], zoom: 40 }), SearchParamsError);
  });

  it('asks for facet counts without pagination, validates them, and shares them across pages', async () => {
    const empty = {
      services: {},
      frais_a_charge: {},
      prise_en_charge_specifique: {},
      publics_specifiquement_adresses: {},
      modalites_acces: {},
      modalites_accompagnement: {},
      dispositif_programmes_nationaux: {},
      typologie: {},
      formations_labels: {},
      itinerance: {},
    };
    const facettes = {
      total: 3,
      facettes: { ...empty, frais_a_charge: { gratuit: 3, payant: 1 } },
      ouvert_maintenant: 2,
      complet: true,
    };
    const { fetch, calls } = scriptedFetch(() => json(facettes));
    const api = client(fetch);
    const search = { commune: '59350', frais_a_charge: ['gratuit' as const], ouvert_maintenant: false };
    const result = await api.getFacettes({ ...search, limit: 20, page: 2 } as typeof search);
    assert.equal(
      calls[0]?.url,
      `${baseUrl}/v1/lieux/facettes?commune=59350&frais_a_charge=gratuit&ouvert_maintenant=false`,
    );
    assert.deepEqual(result, facettes);
    await api.getFacettes({ ...search, cursor: 'abc' } as typeof search);
    assert.equal(calls.length, 1, 'another page of the same search reuses the counts');
    await assert.rejects(api.getFacettes({ rayon: 5000 }), SearchParamsError);
    assert.equal(calls.length, 1, 'invalid parameters: no request');

    const invalid = scriptedFetch(() =>
      json({ ...facettes, facettes: { ...empty, services: { 'cours-de-cuisine': 1 } } }),
    );
    await assert.rejects(client(invalid.fetch).getFacettes({}), (error: unknown) => {
      assert.ok(error instanceof InvalidResponseError);
      assert.deepEqual(formatIssues(error.issues), [
        'facettes.services: unknown services slug "cours-de-cuisine"',
      ]);
      return true;
    });
  });

  it('reads a widget configuration, and names the default map style’s URL', async () => {
    const configuration = {
      id: 'mairie-lille',
      widget: 'venue-finder',
      attributs: { services: 'aide-aux-demarches-administratives', map: 'off' },
      modifie_le: '2026-01-15T09:30:00.000Z',
    };
    const { fetch, calls } = scriptedFetch(() => json(configuration));
    const api = new InclusionClient({ baseUrl: `${baseUrl}/api/`, fetch });
    assert.deepEqual(await api.getConfiguration('mairie-lille'), configuration);
    assert.equal(calls[0]?.url, `${baseUrl}/api/v1/configurations/mairie-lille`);
    assert.equal(api.carteStyleUrl(), `${baseUrl}/api/v1/carte/style.json`);

    const missing = scriptedFetch(() =>
      json(
        { title: 'Not Found', status: 404, detail: 'No configuration has the id "nope".' },
        404,
        'application/problem+json',
      ),
    );
    await assert.rejects(client(missing.fetch).getConfiguration('nope'), (error: unknown) => {
      assert.ok(error instanceof HttpError);
      assert.equal(error.status, 404);
      return true;
    });
    const invalid = scriptedFetch(() => json({ ...configuration, attributs: { Map: 'off' } }));
    await assert.rejects(client(invalid.fetch).getConfiguration('mairie-lille'), InvalidResponseError);
  });

  it('asks for a quiz in a language with ?lang=, and caches each language apart', async () => {
    const { fetch, calls } = scriptedFetch(
      () => json(quiz),
      () => json({ ...quiz, locale: 'en' }),
    );
    const api = client(fetch);
    assert.equal((await api.getQuiz('quiz-exemple')).locale, 'fr');
    assert.equal(calls[0]?.url, `${baseUrl}/v1/quiz/quiz-exemple`);
    assert.equal((await api.getQuiz('quiz-exemple', { lang: 'en' })).locale, 'en');
    assert.equal(calls[1]?.url, `${baseUrl}/v1/quiz/quiz-exemple?lang=en`);
    await api.getQuiz('quiz-exemple', { lang: 'en' });
    assert.equal(calls.length, 2, 'each language cached');
  });

  it('asks for an orientation in a language with ?lang=', async () => {
    const { fetch, calls } = scriptedFetch(() => json(orientation));
    await client(fetch).getOrientation('orientation-exemple', { lang: 'en' });
    assert.equal(calls[0]?.url, `${baseUrl}/v1/orientations/orientation-exemple?lang=en`);
  });

  it('shows a quiz body to its preview before checking it, even an invalid one, which then rejects', async () => {
    const seen: unknown[] = [];
    const broken = { ...quiz, questions: 'not a list' };
    const { fetch } = scriptedFetch(
      () => json(quiz),
      () => json(broken),
    );
    const api = client(fetch);
    const valid = await api.getQuiz('quiz-exemple', { preview: (body) => seen.push(body) });
    assert.deepEqual([...seen], [quiz], 'the body as received, once');
    assert.equal(valid.id, quiz.id);
    await api.getQuiz('quiz-exemple', { preview: (body) => seen.push(body) });
    assert.equal(seen.length, 1, 'a cached answer has no preview: it is already checked');
    const failing = api.getQuiz('quiz-exemple', {
      lang: 'en',
      preview: () => {
        seen.push('invalid body previewed');
        throw new Error('a preview that fails');
      },
    });
    await assert.rejects(failing, InvalidResponseError, 'the check still decides');
    assert.equal(seen.at(-1), 'invalid body previewed');
  });

  it('posts anonymous events once, as text/plain JSON with keepalive, and never retries', async () => {
    const batch = {
      partenaire: 'mairie-exemple',
      evenements: [
        {
          type: 'quiz-termine' as const,
          widget: 'quiz' as const,
          quiz: 'quiz-exemple',
          niveau: 2 as const,
          domaines_faibles: ['securite'],
        },
      ],
    };
    const { fetch, calls } = scriptedFetch(() => json({ acceptes: 1 }, 202));
    const api = client(fetch);
    assert.equal(await api.postEvenements(batch), undefined);
    assert.equal(calls[0]?.url, `${baseUrl}/v1/evenements`);
    assert.equal(calls[0]?.init.method, 'POST');
    assert.equal(calls[0]?.init.keepalive, true);
    assert.equal(calls[0]?.init.credentials, 'omit');
    assert.equal(
      (calls[0]?.init.headers as Record<string, string>)['Content-Type'],
      'text/plain;charset=UTF-8',
    );
    assert.deepEqual(JSON.parse(String(calls[0]?.init.body)), batch);
    await api.postEvenements(batch);
    assert.equal(calls.length, 2, 'not cached');

    const down = scriptedFetch(() => json({ title: 'Down', status: 503 }, 503, 'application/problem+json'));
    await assert.rejects(client(down.fetch).postEvenements(batch), { status: 503 });
    assert.equal(down.calls.length, 1, 'no retry on 5xx');
    const offline = scriptedFetch(networkFailure);
    await assert.rejects(client(offline.fetch).postEvenements(batch), NetworkError);
    assert.equal(offline.calls.length, 1, 'no retry on a network error');
  });

  it('reads a partner’s statistics with its token in the header only, never from the cache', async () => {
    const body = {
      partenaire: 'mairie-exemple',
      depuis: '2026-09-07',
      items: [
        {
          semaine: '2026-09-07',
          widget: 'quiz',
          evenement: 'quiz-termine',
          nombre: 2,
          details: { niveau: { 2: 2 } },
        },
      ],
    };
    const { fetch, calls } = scriptedFetch(
      () => json(body),
      () => json({ title: 'Forbidden', status: 403, detail: 'no' }, 403, 'application/problem+json'),
    );
    const client = new PartnerClient({ baseUrl, fetch });
    const params = { partenaire: 'mairie-exemple', token: 'secret-token', depuis: '2026-09-07' };
    assert.deepEqual(await client.getStatistiques(params), body);
    const [first] = calls;
    assert.equal(first?.url, `${baseUrl}/v1/statistiques?partenaire=mairie-exemple&depuis=2026-09-07`);
    assert.equal(new Headers(first?.init.headers).get('Authorization'), 'Bearer secret-token');
    assert.equal(first?.init.credentials, 'omit');
    const refused = await client
      .getStatistiques({ ...params, token: 'wrong' })
      .catch((error: unknown) => error);
    assert.ok(refused instanceof HttpError);
    assert.equal(refused.status, 403);
    assert.equal(calls.length, 2, 'the second call is not answered from the first one’s cache');
  });

  it('refuses to post events outside the contract, without a request', async () => {
    const { fetch, calls } = scriptedFetch(() => json({ acceptes: 1 }, 202));
    const personal = {
      partenaire: 'mairie-exemple',
      evenements: [
        { type: 'quiz-termine', widget: 'quiz', quiz: 'quiz-exemple', niveau: 2, email: 'a@b.fr' },
      ],
    };
    await assert.rejects(
      client(fetch).postEvenements(personal as never),
      (error: unknown) => error instanceof TypeError && /evenements\.0/.test(error.message),
    );
    assert.equal(calls.length, 0);
  });

  it('reads a place’s detail with its weekly hours', async () => {
    const jours = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'].map((jour) => ({
      jour,
      plages: [{ debut: '09:00', fin: '12:00' }],
    }));
    const { fetch } = scriptedFetch(() =>
      json({ ...lieu, horaires_valides: true, horaires_semaine: { jours, complet: false } }),
    );
    const detail = await client(fetch).getLieu('lieu-1');
    assert.equal(detail.horaires_semaine?.jours[6]?.jour, 'dimanche');
    assert.equal(detail.horaires_valides, true);
  });

  it('drops a place’s links that are not http(s) and keeps the place, in a page and in a detail', async () => {
    const hostile = {
      ...lieu,
      site_web: ['javascript:alert(1)', 'https://exemple.fr/'],
      prise_rdv: 'data:text/html,x',
    };
    const { fetch } = scriptedFetch(
      () => json({ ...page, items: [hostile] }),
      () => json(hostile),
    );
    const api = client(fetch);
    const found = await api.searchLieux({ commune: '59350' });
    assert.deepEqual(found.items[0]?.site_web, ['https://exemple.fr/']);
    assert.equal(found.items[0]?.prise_rdv, undefined);
    const detail = await api.getLieu('lieu-1');
    assert.deepEqual(detail.site_web, ['https://exemple.fr/']);
    assert.equal(detail.prise_rdv, undefined);
  });

  it('rejects invalid search parameters without a request', async () => {
    const { fetch, calls } = scriptedFetch(() => json(page));
    await assert.rejects(client(fetch).searchLieux({ limit: 500 }), (error: unknown) => {
      assert.ok(error instanceof SearchParamsError);
      assert.match(error.message, /limit: limit must be between 1 and 100/);
      return true;
    });
    assert.equal(calls.length, 0);
  });

  it('previews a page of places read by hand, then resolves with the checked page', async () => {
    const { fetch, calls } = scriptedFetch(() =>
      json({ ...page, items: [{ ...lieu, site_web: ['https://a.fr/'] }] }),
    );
    const previews: unknown[] = [];
    const found = await client(fetch).searchLieux(
      { commune: '59350', services: ['aide-aux-demarches-administratives'] },
      { preview: (answer) => previews.push(answer) },
    );
    assert.equal(
      calls[0]?.url,
      `${baseUrl}/v1/lieux?commune=59350&services=aide-aux-demarches-administratives`,
    );
    assert.equal(previews.length, 1);
    const preview = previewLieuPage(previews[0]);
    assert.ok(preview);
    assert.equal(preview.items[0]?.nom, lieu.nom);
    assert.equal(preview.items[0]?.ouverture?.statut, 'ouvert');
    assert.deepEqual(preview.items[0]?.site_web, [], 'a preview carries no links');
    assert.deepEqual(found.items[0]?.site_web, ['https://a.fr/']);
  });

  it('with a preview, sends the request at once and rejects invalid parameters when their check has loaded', async () => {
    const { fetch, calls } = scriptedFetch(() => json(page));
    await assert.rejects(
      client(fetch).searchLieux({ limit: 500 }, { preview: () => {} }),
      (error: unknown) =>
        error instanceof SearchParamsError && /limit must be between 1 and 100/.test(error.message),
    );
    assert.equal(calls.length, 1);
  });

  it('rejects once checked an answer that does not match, after its preview (which reads nothing of it)', async () => {
    const { fetch } = scriptedFetch(() =>
      json({ ...page, items: [{ ...lieu, services: ['pas-un-service'] }] }),
    );
    const previews: unknown[] = [];
    await assert.rejects(
      client(fetch).searchLieux({ commune: '59350' }, { preview: (body) => previews.push(body) }),
      InvalidResponseError,
    );
    assert.equal(previews.length, 1);
    assert.equal(previewLieuPage(previews[0]), undefined);
  });

  it('previews the communes of a search', async () => {
    const commune = {
      code: '59350',
      nom: 'Lille',
      codes_postaux: ['59000'],
      departement: '59',
      latitude: 50.6,
      longitude: 3.0,
    };
    const { fetch } = scriptedFetch(() => json({ items: [commune] }));
    const previews: unknown[] = [];
    const found = await client(fetch).searchCommunes('lil', { preview: (answer) => previews.push(answer) });
    assert.deepEqual(previews.map(previewCommuneList), [[commune]]);
    assert.deepEqual(found, [commune]);
  });

  it('returns the communes of a search, and none for a blank query without a request', async () => {
    const commune = {
      code: '59350',
      nom: 'Lille',
      codes_postaux: ['59000'],
      departement: '59',
      latitude: 50.63178,
      longitude: 3.04706,
    };
    const { fetch, calls } = scriptedFetch(() => json({ items: [commune] }));
    const api = client(fetch);
    assert.deepEqual(await api.searchCommunes('  '), []);
    assert.equal(calls.length, 0);
    assert.deepEqual(await api.searchCommunes('Lil'), [commune]);
    assert.equal(calls[0]?.url, `${baseUrl}/v1/communes?q=Lil`);
  });

  it(
    'fails with a TimeoutError when the API does not answer in time, without retrying',
    { timeout: 2000 },
    async () => {
      const { fetch, calls } = hangingFetch();
      await assert.rejects(client(fetch, { timeout: 20 }).getLieu('lieu-1'), (error: unknown) => {
        assert.ok(error instanceof TimeoutError);
        assert.equal(error.kind, 'timeout');
        assert.equal(error.retryable, true);
        return true;
      });
      assert.equal(calls.length, 1);
      assert.equal(calls[0]?.signal?.aborted, true, 'the request itself is aborted');
    },
  );

  it('times out even when fetch ignores its signal', { timeout: 2000 }, async () => {
    const fetch: FetchFunction = () => new Promise<Response>(() => {});
    await assert.rejects(client(fetch, { timeout: 20 }).getLieu('lieu-1'), TimeoutError);
  });

  it('rejects with the AbortError of the caller, unwrapped, and does not retry', async () => {
    const { fetch, calls } = hangingFetch();
    const controller = new AbortController();
    const promise = client(fetch).getLieu('lieu-1', { signal: controller.signal });
    await Promise.resolve();
    controller.abort();
    await assert.rejects(promise, (error: unknown) => {
      assert.ok(error instanceof DOMException);
      assert.equal(error.name, 'AbortError');
      return true;
    });
    assert.equal(calls.length, 1);
    assert.equal(calls[0]?.signal?.aborted, true, 'the only caller left, so the request is aborted');
  });

  it('rejects at once, without a request, when the signal is already aborted', async () => {
    const { fetch, calls } = scriptedFetch(() => json(lieu));
    await assert.rejects(client(fetch).getLieu('lieu-1', { signal: AbortSignal.abort() }), {
      name: 'AbortError',
    });
    assert.equal(calls.length, 0);
  });

  it('fails with an InvalidResponseError when the body is not JSON', async () => {
    const { fetch } = scriptedFetch(() => new Response('<html>Maintenance</html>', { status: 200 }));
    await assert.rejects(client(fetch).getLieu('lieu-1'), (error: unknown) => {
      assert.ok(error instanceof InvalidResponseError);
      assert.equal(error.retryable, true, 'worth a "Try again" later');
      assert.match(error.details, /not JSON .*<html>Maintenance/);
      return true;
    });
  });

  it('fails with an InvalidResponseError naming the path when the body breaks the schema', async () => {
    const broken = { ...page, items: [{ ...lieu, services: ['cours-de-cuisine'] }] };
    const { fetch, calls } = scriptedFetch(() => json(broken));
    await assert.rejects(client(fetch).searchLieux({ commune: '59350' }), (error: unknown) => {
      assert.ok(error instanceof InvalidResponseError);
      assert.equal(error.kind, 'invalid-response');
      assert.match(error.details, /^items\.0\.services\.0: unknown services slug "cours-de-cuisine"$/m);
      assert.deepEqual(error.issues[0]?.path, ['items', 0, 'services', 0]);
      return true;
    });
    assert.equal(calls.length, 1, 'an invalid response is not retried');
  });

  it('retries a 5xx once, then succeeds', async () => {
    const { fetch, calls } = scriptedFetch(
      () => json({ title: 'Service Unavailable', status: 503 }, 503, 'application/problem+json'),
      () => json(lieu),
    );
    const result = await client(fetch).getLieu('lieu-1');
    assert.equal(result.id, 'lieu-1');
    assert.equal(calls.length, 2);
  });

  it('fails with an HttpError carrying the status and problem after two 5xx', async () => {
    const problem = {
      type: 'https://api.example.org/problems/database',
      title: 'Database down',
      status: 503,
    };
    const { fetch, calls } = scriptedFetch(() => json(problem, 503, 'application/problem+json'));
    await assert.rejects(client(fetch).getLieu('lieu-1'), (error: unknown) => {
      assert.ok(error instanceof HttpError);
      assert.equal(error.status, 503);
      assert.equal(error.problem?.title, 'Database down');
      assert.equal(error.retryable, true);
      assert.match(error.details, /Status: 503/);
      return true;
    });
    assert.equal(calls.length, 2);
  });

  it('does not retry a 4xx, and keeps the problem document', async () => {
    const problem = {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'le code commune 99999 n’existe pas',
      errors: [{ path: 'commune', message: 'unknown commune' }],
    };
    const { fetch, calls } = scriptedFetch(() => json(problem, 400, 'application/problem+json'));
    await assert.rejects(client(fetch).searchLieux({ commune: '59350' }), (error: unknown) => {
      assert.ok(error instanceof HttpError);
      assert.equal(error.status, 400);
      assert.equal(error.retryable, false);
      assert.equal(error.problem?.errors?.[0]?.path, 'commune');
      assert.match(error.details, /^commune: unknown commune$/m);
      return true;
    });
    assert.equal(calls.length, 1);
  });

  it('does not retry a 429', async () => {
    const { fetch, calls } = scriptedFetch(() => new Response('slow down', { status: 429 }));
    await assert.rejects(client(fetch).getLieu('lieu-1'), { status: 429, problem: undefined });
    assert.equal(calls.length, 1);
  });

  it('retries a network error once, then succeeds', async () => {
    const { fetch, calls } = scriptedFetch(networkFailure, () => json(lieu));
    assert.equal((await client(fetch).getLieu('lieu-1')).id, 'lieu-1');
    assert.equal(calls.length, 2);
  });

  it('fails with a NetworkError after two network errors', async () => {
    const { fetch, calls } = scriptedFetch(networkFailure);
    await assert.rejects(client(fetch).getLieu('lieu-1'), (error: unknown) => {
      assert.ok(error instanceof NetworkError);
      assert.ok(error.cause instanceof TypeError);
      return true;
    });
    assert.equal(calls.length, 2);
  });

  it('shares one request between identical calls and reuses its result', async () => {
    const { fetch, calls } = scriptedFetch(() => json(lieu));
    const api = client(fetch);
    const [a, b] = await Promise.all([api.getLieu('lieu-1'), api.getLieu('lieu-1')]);
    assert.equal(a, b);
    await api.getLieu('lieu-1');
    assert.equal(calls.length, 1);
    await api.getLieu('lieu-2');
    assert.equal(calls.length, 2);
  });

  it('does not cache failures', async () => {
    const { fetch, calls } = scriptedFetch(
      () => new Response('', { status: 404 }),
      () => json(lieu),
    );
    const api = client(fetch);
    await assert.rejects(api.getLieu('lieu-1'), { status: 404 });
    assert.equal((await api.getLieu('lieu-1')).id, 'lieu-1');
    assert.equal(calls.length, 2);
  });

  it('does not cache with cacheSize 0', async () => {
    const { fetch, calls } = scriptedFetch(() => json(lieu));
    const api = client(fetch, { cacheSize: 0 });
    await api.getLieu('lieu-1');
    await api.getLieu('lieu-1');
    assert.equal(calls.length, 2);
  });

  it('keeps a shared request alive for the other callers when one aborts', async () => {
    let answer!: (response: Response) => void;
    const { fetch, calls } = scriptedFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
    const api = client(fetch);
    const first = new AbortController();
    const aborted = api.getLieu('lieu-1', { signal: first.signal });
    const kept = api.getLieu('lieu-1', { signal: new AbortController().signal });
    await Promise.resolve();
    first.abort();
    await assert.rejects(aborted, { name: 'AbortError' });
    assert.equal(calls[0]?.init.signal?.aborted, false);
    answer(json(lieu));
    assert.equal((await kept).id, 'lieu-1');
    assert.equal(calls.length, 1);
  });

  it('aborts a request all of whose callers aborted, and starts afresh for the next caller', async () => {
    const { fetch, calls } = hangingFetch();
    const api = client(fetch);
    const a = new AbortController();
    const b = new AbortController();
    const first = api.getLieu('lieu-1', { signal: a.signal });
    const second = api.getLieu('lieu-1', { signal: b.signal });
    await Promise.resolve();
    a.abort();
    b.abort();
    await assert.rejects(first, { name: 'AbortError' });
    await assert.rejects(second, { name: 'AbortError' });
    assert.equal(calls[0]?.signal?.aborted, true);
    const c = new AbortController();
    const third = api.getLieu('lieu-1', { signal: c.signal });
    await Promise.resolve();
    assert.equal(calls.length, 2, 'the abandoned request is not shared');
    assert.equal(calls[1]?.signal?.aborted, false, 'the new request is not poisoned by the old aborts');
    c.abort();
    await assert.rejects(third, { name: 'AbortError' });
  });

  it('does not hand a caller a request abandoned a moment before', async () => {
    const { fetch, calls } = scriptedFetch(
      (_, init) =>
        new Promise<Response>((_, reject) =>
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true }),
        ),
      () => json(lieu),
    );
    const api = client(fetch);
    const leaving = new AbortController();
    const first = api.getLieu('lieu-1', { signal: leaving.signal });
    await Promise.resolve();
    leaving.abort();
    // Same tick: the abandoned request has not yet rejected, nor been evicted.
    const next = api.getLieu('lieu-1', { signal: new AbortController().signal });
    await assert.rejects(first, { name: 'AbortError' });
    assert.equal((await next).id, 'lieu-1');
    assert.equal(calls.length, 2);
  });

  it('rejects a baseUrl that is not http(s)', () => {
    assert.throws(() => new InclusionClient({ baseUrl: 'ftp://example.org' }), TypeError);
    assert.throws(() => new InclusionClient({ baseUrl: 'not a url' }), /not a valid URL/);
  });

  it('talks to a real HTTP server', async () => {
    const seen: Array<{ url: string | undefined; headers: IncomingHttpHeaders }> = [];
    const server = createServer((request, response) => {
      seen.push({ url: request.url, headers: request.headers });
      if (request.url === '/v1/lieux/lieu-1') {
        response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(lieu));
      } else {
        response
          .writeHead(404, { 'Content-Type': 'application/problem+json' })
          .end(
            JSON.stringify({ title: 'Not Found', status: 404, detail: 'Aucun lieu avec cet identifiant.' }),
          );
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const api = new InclusionClient({ baseUrl: `http://127.0.0.1:${port}`, timeout: 2000 });
      assert.equal((await api.getLieu('lieu-1')).nom, 'Espace numérique (exemple)');
      await assert.rejects(api.getLieu('inconnu'), (error: unknown) => {
        assert.ok(error instanceof HttpError);
        assert.equal(error.status, 404);
        assert.equal(error.userMessage('fr'), 'Nous n’avons pas trouvé ce que vous cherchez.');
        assert.equal(error.problem?.type, 'about:blank');
        return true;
      });
      assert.equal(seen[0]?.headers.accept, 'application/json');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

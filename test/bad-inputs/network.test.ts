// Issue 9, bad inputs: the network (docs/bad-inputs.md, "Network"). Each widget talks to the API through the real
// client, whose `fetch` is scripted here: the one seam where a browser's failures (no connection, a CORS refusal,
// which `fetch` reports as a `TypeError`, an answer that never comes) can be played. After each failure, the widget
// says what happened in plain French with a "Réessayer" button, and shows its content once the API is back.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { InclusionClient, type FetchFunction } from '@inclusion-widgets/core';
import '../../packages/venue-finder/src/define.js';
import '../../packages/quiz/src/define.js';
import '../../packages/orientation/src/define.js';
import type { InclusionErrorEvent } from '../../packages/venue-finder/src/events.js';
import { FakeClient } from '../fake-client.js';

/** How the API misbehaves, until it is back. */
type Outage =
  'down' | 'cors' | 'server-error' | 'rate-limited' | 'not-json' | 'breaks-contract' | 'never-answers';

/**
 * The API behind the client's `fetch`: answers from the test kit's fixtures (the fake client's, written out as the
 * API writes JSON), or misbehaves as `outage` says; `hold()` keeps the next answer until released.
 */
class ScriptedApi {
  /** The current failure; `undefined` when the API answers. */
  outage: Outage | undefined;
  /** The URL of every request, in order. */
  readonly requests: string[] = [];
  private readonly fake = new FakeClient();
  private held: Promise<void> | undefined;

  /** Holds every answer until `release()` is called. */
  hold(): { release: () => void } {
    let release!: () => void;
    this.held = new Promise((resolve) => (release = resolve));
    return { release };
  }

  readonly fetch: FetchFunction = async (url, init) => {
    this.requests.push(url);
    await this.held;
    const signal = init.signal ?? undefined;
    signal?.throwIfAborted();
    switch (this.outage) {
      case 'down':
        // What Chromium's fetch rejects with when nothing listens (net::ERR_CONNECTION_REFUSED).
        throw new TypeError('Failed to fetch');
      case 'cors':
        // The server answered, without Access-Control-Allow-Origin: the browser hides the answer, the same way.
        throw new TypeError('Failed to fetch', {
          cause: 'blocked by CORS policy: No Access-Control-Allow-Origin header',
        });
      case 'never-answers':
        return new Promise<Response>((_resolve, reject) => {
          signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
        });
      case 'server-error':
        return problem(500, 'Internal Server Error');
      case 'rate-limited':
        return problem(429, 'Too Many Requests');
      case 'not-json':
        // A proxy's or a captive portal's page instead of the API.
        return new Response('<!doctype html><title>Maintenance</title><p>Revenez plus tard.</p>', {
          headers: { 'Content-Type': 'text/html' },
        });
      case 'breaks-contract':
        return Response.json(breakContract(await this.answer(new URL(url))));
      case undefined:
        return Response.json(await this.answer(new URL(url)));
    }
  };

  /** What the API answers for `url`, from the fixtures. */
  private async answer(url: URL): Promise<unknown> {
    const path = url.pathname;
    const id = decodeURIComponent(path.split('/').at(-1) ?? '');
    if (path === '/v1/lieux') {
      const number = (name: string) => {
        const value = url.searchParams.get(name);
        return value === null ? undefined : Number(value);
      };
      return this.fake.searchLieux({
        lat: number('lat'),
        lon: number('lon'),
        rayon: number('rayon'),
        limit: number('limit'),
      });
    }
    if (path.startsWith('/v1/quiz/')) return this.fake.getQuiz(id);
    if (path.startsWith('/v1/orientations/')) return this.fake.getOrientation(id);
    throw new Error(`ScriptedApi: nothing at ${url.href}`);
  }
}

function problem(status: number, title: string): Response {
  return Response.json(
    { type: 'about:blank', title, status },
    { status, statusText: title, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** A valid answer with one field the contract does not allow: a service that does not exist, a question kind. */
function breakContract(body: unknown): unknown {
  const copy = structuredClone(body) as { items?: { services: string[] }[]; questions?: { kind: string }[] };
  if (copy.items?.[0]) copy.items[0].services = ['cours-de-cuisine'];
  if (copy.questions?.[0]) copy.questions[0].kind = 'dissertation';
  return copy;
}

type Tag = 'inclusion-venue-finder' | 'inclusion-quiz' | 'inclusion-orientation';

/** Each widget: its attributes, and what it shows once it works. */
const widgets: readonly { tag: Tag; attributes: Record<string, string>; content: string; loading: string }[] =
  [
    {
      tag: 'inclusion-venue-finder',
      attributes: { near: '3.0635,50.6366', map: 'off' },
      content: '[part="list"] [part="item"]',
      loading: 'Recherche des lieux…',
    },
    {
      tag: 'inclusion-quiz',
      attributes: { quiz: 'quiz-exemple' },
      content: '[part="start"]',
      loading: 'Chargement du questionnaire…',
    },
    {
      tag: 'inclusion-orientation',
      attributes: { flow: 'orientation-exemple', territory: 'departement:59' },
      content: '[part="start"]',
      loading: 'Chargement…',
    },
  ];

const rootOf = (element: HTMLElement) => element.shadowRoot!;
const textOf = (element: Element | null | undefined) =>
  element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A widget on the page, talking to `api` through the real client (no wait before a retry; `timeout` in ms). */
async function place(
  widget: (typeof widgets)[number],
  api: ScriptedApi,
  timeout?: number,
): Promise<{ element: HTMLElement; errors: InclusionErrorEvent[] }> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const element = document.createElement(widget.tag);
  for (const [name, value] of Object.entries(widget.attributes)) element.setAttribute(name, value);
  element.client = new InclusionClient({
    baseUrl: 'https://api.example.test',
    fetch: api.fetch,
    retryDelay: 0,
    ...(timeout === undefined ? {} : { timeout }),
  });
  if ('storage' in element) element.storage = null;
  const errors: InclusionErrorEvent[] = [];
  container.addEventListener('inclusion-error', (event) => errors.push(event));
  container.append(element);
  return { element, errors };
}

/**
 * With the API failing as `outage` says, each widget shows `message` with a "Réessayer" button, accessible; once
 * the API is back, the button brings the widget's content.
 */
async function expectRecovery(outage: Outage, message: string, options: { timeout?: number } = {}) {
  for (const widget of widgets) {
    const api = new ScriptedApi();
    api.outage = outage;
    const { element, errors } = await place(widget, api, options.timeout);
    await waitUntil(() => rootOf(element).querySelector('[part="problem"]'), `${widget.tag}: problem shown`);
    const shown = rootOf(element).querySelector('[part="problem"]')!;
    expect(textOf(shown.querySelector('p')), widget.tag).to.equal(message);
    expect(shown.getAttribute('role')).to.equal('alert');
    const retry = shown.querySelector<HTMLButtonElement>('[part="retry-button"]');
    expect(textOf(retry), `${widget.tag}: a retry button`).to.equal('Réessayer');
    expect(rootOf(element).querySelector(widget.content)).to.equal(null);
    if (widget.tag === 'inclusion-venue-finder') expect(errors).to.have.length(1);
    await expect(element).to.be.accessible();

    api.outage = undefined;
    const before = api.requests.length;
    retry!.click();
    await waitUntil(() => rootOf(element).querySelector(widget.content), `${widget.tag}: content once back`);
    expect(rootOf(element).querySelector('[part="problem"]')).to.equal(null);
    expect(api.requests.length, 'asked the API again').to.be.greaterThan(before);
    await expect(element).to.be.accessible();
  }
}

describe('bad inputs: network', () => {
  it('API down (connection refused)', async () => {
    await expectRecovery(
      'down',
      'Le service ne répond pas. Vérifiez votre connexion à Internet, puis réessayez.',
    );
  });

  it('CORS refusal (fetch rejects with a TypeError)', async () => {
    await expectRecovery(
      'cors',
      'Le service ne répond pas. Vérifiez votre connexion à Internet, puis réessayez.',
    );
  });

  it('500 errors (the one automatic retry fails too)', async () => {
    await expectRecovery(
      'server-error',
      'Le service a un problème en ce moment. Réessayez dans quelques minutes.',
    );
  });

  it('429 too many requests', async () => {
    await expectRecovery('rate-limited', 'Il y a eu trop de demandes. Attendez un peu, puis réessayez.');
  });

  it('invalid JSON (an HTML page answered with 200)', async () => {
    await expectRecovery('not-json', 'Le service a un problème. Réessayez plus tard.');
  });

  it('a body that breaks the contract', async () => {
    await expectRecovery('breaks-contract', 'Le service a un problème. Réessayez plus tard.');
  });

  it('timeout (the API never answers)', async () => {
    await expectRecovery(
      'never-answers',
      'Le service met trop de temps à répondre. Réessayez dans un moment.',
      {
        timeout: 300,
      },
    );
  });

  it('slow API (answers within the timeout): a loading message, then the content', async () => {
    for (const widget of widgets) {
      const api = new ScriptedApi();
      const held = api.hold();
      const { element } = await place(widget, api);
      await waitUntil(() => api.requests.length > 0, `${widget.tag}: asked the API`);
      await waitUntil(() => textOf(rootOf(element).querySelector('[part="base"]')).includes(widget.loading));
      expect(rootOf(element).querySelector('[part="problem"]')).to.equal(null);
      await expect(element).to.be.accessible();
      held.release();
      await waitUntil(() => rootOf(element).querySelector(widget.content), `${widget.tag}: content`);
      expect(rootOf(element).querySelector('[part="problem"]')).to.equal(null);
    }
  });
});

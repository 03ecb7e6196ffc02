import { expect, waitUntil } from '@open-wc/testing';
import { startIframeHost } from './iframe-host.js';
import { resizeMessageType } from './iframe-message.js';

/** The fixture page: a widget's iframe page whose content is `height` px tall, with the real resize sender. */
const pageUrl = new URL('../test-fixtures/resize-page.html', import.meta.url);

/** The same server under another origin (`localhost` and `127.0.0.1` are two origins). */
function otherOrigin(url: URL): URL {
  const other = new URL(url);
  other.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return other;
}

function page(query: Record<string, string>, base = pageUrl): string {
  const url = new URL(base);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.href;
}

type FrameWindow = Window & { post(data: unknown): void };

const added: Element[] = [];
const stops: Array<() => void> = [];

/** An iframe on the page, as a webmaster writes it (`data-inclusion-widget` unless `marked` is false), loaded. */
async function frame(src: string, marked = true, width?: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.title = 'Trouver un lieu d’aide au numérique';
  if (marked) iframe.setAttribute('data-inclusion-widget', '');
  if (width) iframe.width = width;
  iframe.height = '800';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = src;
  document.body.append(iframe);
  added.push(iframe);
  await loaded;
  return iframe;
}

/** Resolves with the next resize message this window receives (after the host's listener has seen it). */
function nextResize(): Promise<MessageEvent> {
  return new Promise((resolve) => {
    const listener = (event: MessageEvent) => {
      if ((event.data as { type?: unknown } | null)?.type !== resizeMessageType) return;
      window.removeEventListener('message', listener);
      resolve(event);
    };
    window.addEventListener('message', listener);
  });
}

function start(): void {
  stops.push(startIframeHost());
}

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  for (const element of added.splice(0)) element.remove();
});

describe('the iframe mode', () => {
  it('resizes a widget’s iframe to its page’s height, up and down, keeping its title', async () => {
    start();
    const iframe = await frame(page({ height: '1234' }));
    await waitUntil(() => iframe.style.height === '1234px', `resized (${iframe.style.height})`);
    expect(iframe.getAttribute('style')).to.equal('width: 100%; height: 1234px;');
    const content = iframe.contentDocument!.getElementById('content')!;
    content.style.height = '300.2px';
    await waitUntil(() => iframe.style.height === '301px', `shrunk, rounded up (${iframe.style.height})`);
    expect(iframe.title).to.equal('Trouver un lieu d’aide au numérique');
    expect(iframe.getAttribute('height'), 'its height attribute left as written').to.equal('800');
  });

  it('gives an iframe without a width attribute its container’s width (the snippet has no invalid width="100%"), and leaves a written width alone', async () => {
    const present = await frame(page({ height: '500' }));
    start();
    expect(present.style.width, 'an iframe already on the page, before any message').to.equal('100%');
    expect(present.clientWidth, 'inside its borders').to.equal(document.body.clientWidth);
    const narrow = await frame(page({ height: '400' }), true, '320');
    await waitUntil(() => narrow.style.height === '400px', `resized (${narrow.style.height})`);
    expect(narrow.style.width, 'its own width="320" kept').to.equal('');
    expect(narrow.clientWidth).to.equal(320);
  });

  it('resizes an iframe of another origin (the API’s), and one added after the script', async () => {
    start();
    const later = nextResize();
    const iframe = await frame(page({ height: '640' }, otherOrigin(pageUrl)));
    const message = await later;
    expect(message.origin).to.equal(otherOrigin(pageUrl).origin);
    expect(iframe.style.height).to.equal('640px');
  });

  it('sends only when the height changes', async () => {
    start();
    const heights: number[] = [];
    const listener = (event: MessageEvent) => {
      const data = event.data as { type?: unknown; height?: number };
      if (data?.type === resizeMessageType) heights.push(data.height!);
    };
    window.addEventListener('message', listener);
    try {
      const iframe = await frame(page({ height: '200' }));
      await waitUntil(() => iframe.style.height === '200px');
      const content = iframe.contentDocument!.getElementById('content')!;
      content.style.height = '200.4px'; // 201 once rounded up
      content.style.width = '50%'; // no change of height
      await waitUntil(() => iframe.style.height === '201px');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(heights).to.deep.equal([200, 201]);
    } finally {
      window.removeEventListener('message', listener);
    }
  });

  it('ignores iframes without data-inclusion-widget', async () => {
    start();
    const seen = nextResize();
    const iframe = await frame(page({ height: '500' }), false);
    await seen;
    expect(iframe.style.height).to.equal('');
  });

  it('ignores a message whose origin is not its iframe’s src’s (the frame went elsewhere)', async () => {
    start();
    const elsewhere = page({ height: '500' }, otherOrigin(pageUrl));
    const seen = nextResize();
    const iframe = document.createElement('iframe');
    iframe.title = 'Quiz';
    iframe.setAttribute('data-inclusion-widget', '');
    iframe.src = page({ goto: elsewhere });
    document.body.append(iframe);
    added.push(iframe);
    const message = await seen;
    expect(message.source, 'sent by that iframe').to.equal(iframe.contentWindow);
    expect(message.origin).to.equal(otherOrigin(pageUrl).origin);
    expect(iframe.style.height).to.equal('');
  });

  it('ignores messages from another window, of another origin or of another shape', async () => {
    start();
    const iframe = await frame(page({ height: '120' }));
    await waitUntil(() => iframe.style.height === '120px');
    const other = await frame(page({ height: '90' }));
    await waitUntil(() => other.style.height === '90px');
    const source = iframe.contentWindow!;
    const origin = pageUrl.origin;
    const dispatch = (init: MessageEventInit) => window.dispatchEvent(new MessageEvent('message', init));

    // From the page itself, from another iframe: never applied to this one.
    const fromTop = nextResize();
    window.postMessage({ type: resizeMessageType, height: 999 }, '*');
    await fromTop;
    const fromOther = nextResize();
    (other.contentWindow as FrameWindow).post({ type: resizeMessageType, height: 777 });
    expect((await fromOther).source).to.equal(other.contentWindow);
    expect(other.style.height, 'the other one is resized').to.equal('777px');

    // The right window, but another origin, or none.
    dispatch({ data: { type: resizeMessageType, height: 555 }, source, origin: 'https://evil.example' });
    dispatch({ data: { type: resizeMessageType, height: 555 }, source, origin: 'null' });
    dispatch({ data: { type: resizeMessageType, height: 555 }, source: null, origin });

    // The right window and origin, another shape.
    for (const data of [
      'inclusion-widgets:resize',
      JSON.stringify({ type: resizeMessageType, height: 555 }),
      { type: 'resize', height: 555 },
      { type: resizeMessageType, height: '555' },
      { type: resizeMessageType, height: -5 },
      { type: resizeMessageType, height: Number.NaN },
      { type: resizeMessageType, height: Number.POSITIVE_INFINITY },
      { type: resizeMessageType, height: 10_000_000 },
      { type: resizeMessageType },
      null,
    ]) {
      dispatch({ data, source, origin });
      const real = nextResize();
      (iframe.contentWindow as FrameWindow).post(data);
      if (typeof data === 'object' && data !== null && data.type === resizeMessageType) await real;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(iframe.style.height).to.equal('120px');

    // And the same message, well formed, is applied.
    dispatch({ data: { type: resizeMessageType, height: 555 }, source, origin });
    expect(iframe.style.height).to.equal('555px');
  });

  it('listens once when loaded twice', async () => {
    start();
    start();
    const iframe = await frame(page({ height: '150' }));
    await waitUntil(() => iframe.style.height === '150px');
  });
});

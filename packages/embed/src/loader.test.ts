import { expect, waitUntil } from '@open-wc/testing';
import { startLoader, type LoaderManifest } from './loader.js';

/** The address the loader is started at in these tests: script tags point here (an empty module). */
const loaderUrl = new URL('../test-fixtures/inclusion-widgets.js', import.meta.url).href;
const loadsKey = Symbol.for('inclusion-widgets-test/fake-widget-loads');
const loads = () => (globalThis as Record<symbol, number | undefined>)[loadsKey] ?? 0;

let run = 0;
/** A manifest whose one widget's entry has an address of its own (a module runs once per address). */
function manifest(version = '1.0.0'): LoaderManifest {
  run += 1;
  return {
    version,
    widgets: {
      'inclusion-fake-widget': {
        entry: `./fake-widget.js?run=${run}`,
        preload: [`./fake-shared.js?run=${run}`],
      },
    },
  };
}

const stops: Array<() => void> = [];
const added: Element[] = [];

function add<E extends Element>(element: E, after?: Element): E {
  if (after) after.after(element);
  else document.body.append(element);
  added.push(element);
  return element;
}

function loaderScript(data: Record<string, string> = {}): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = loaderUrl;
  for (const [name, value] of Object.entries(data)) script.dataset[name] = value;
  return script;
}

function start(version?: string): LoaderManifest {
  const files = manifest(version);
  stops.push(startLoader(loaderUrl, files));
  return files;
}

function captureConsole(method: 'warn' | 'error'): { messages: string[]; restore(): void } {
  const original = console[method];
  const messages: string[] = [];
  console[method] = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console[method] = original) };
}

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  for (const element of added.splice(0)) element.remove();
  for (const link of document.head.querySelectorAll('link[rel="modulepreload"]')) link.remove();
});

describe('the embed loader', () => {
  it('loads a widget’s code when its tag is on the page, once, with its chunks preloaded', async () => {
    add(document.createElement('inclusion-fake-widget'));
    add(document.createElement('inclusion-fake-widget'));
    const before = loads();
    const files = start();
    await waitUntil(() => loads() === before + 1, 'the widget’s entry ran');
    const preloads = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')];
    expect(preloads.map((link) => link.href)).to.deep.equal([
      new URL(files.widgets['inclusion-fake-widget']!.preload[0]!, loaderUrl).href,
    ]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loads(), 'once for two elements').to.equal(before + 1);
  });

  it('loads nothing until a widget’s tag appears, then loads it', async () => {
    const before = loads();
    start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loads()).to.equal(before);
    expect(document.head.querySelector('link[rel="modulepreload"]')).to.equal(null);
    const wrapper = add(document.createElement('div'));
    wrapper.innerHTML = '<p>Texte de la page</p><inclusion-fake-widget></inclusion-fake-widget>';
    await waitUntil(() => loads() === before + 1, 'loaded when the tag appeared');
  });

  it('copies the page’s nonce onto what it injects (a strict CSP asks for it)', async () => {
    const script = add(loaderScript());
    script.nonce = 'n0nc3';
    add(document.createElement('inclusion-fake-widget'));
    start();
    await waitUntil(() => document.head.querySelector('link[rel="modulepreload"]'), 'a preload link');
    expect(document.head.querySelector<HTMLLinkElement>('link[rel="modulepreload"]')!.nonce).to.equal(
      'n0nc3',
    );
  });

  it('inserts the widget of a script-only embed right after its script, with the data-* attributes', async () => {
    const script = add(
      loaderScript({ widget: 'fake-widget', territory: 'departement:59', radiusKm: '15', api: '/api' }),
    );
    start();
    const widget = script.nextElementSibling;
    expect(widget?.localName).to.equal('inclusion-fake-widget');
    added.push(widget!);
    expect(widget!.getAttribute('territory')).to.equal('departement:59');
    expect(widget!.getAttribute('radius-km')).to.equal('15');
    expect(widget!.getAttribute('api')).to.equal('/api');
    expect(widget!.hasAttribute('widget')).to.equal(false);
    await waitUntil(() => customElements.get('inclusion-fake-widget'), 'its code loaded');
  });

  it('names an unknown data-widget and the known ones in the console, and inserts nothing', () => {
    const errors = captureConsole('error');
    try {
      const script = add(loaderScript({ widget: 'carte' }));
      start();
      expect(script.nextElementSibling).to.equal(null);
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.contain('data-widget="carte" is not a widget').and.contain('fake-widget');
    } finally {
      errors.restore();
    }
  });

  it('gives the script tag’s api, lang, color and partner to widgets that do not set them', () => {
    add(loaderScript({ api: 'https://api.example.org', lang: 'en', color: '#0a5', partner: 'ville' }));
    const own = add(document.createElement('inclusion-fake-widget'));
    own.setAttribute('lang', 'fr');
    start();
    expect(own.getAttribute('api')).to.equal('https://api.example.org');
    expect(own.getAttribute('lang'), 'its own value kept').to.equal('fr');
    expect(own.getAttribute('color')).to.equal('#0a5');
    expect(own.getAttribute('partner')).to.equal('ville');
  });

  it('defers to the loader already on the page: silent for the same version, one warning for another', async () => {
    start('1.0.0');
    const warnings = captureConsole('warn');
    try {
      stops.push(startLoader(loaderUrl, manifest('1.0.0')));
      expect(warnings.messages, 'same version: silent').to.deep.equal([]);
      const second = add(loaderScript({ widget: 'fake-widget' }));
      stops.push(startLoader(loaderUrl, manifest('1.1.0')));
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('versions 1.0.0').and.contain('1.1.0');
      expect(second.nextElementSibling?.localName, 'its script-only widget inserted once').to.equal(
        'inclusion-fake-widget',
      );
      added.push(second.nextElementSibling!);
      expect(second.nextElementSibling?.nextElementSibling?.localName).to.not.equal('inclusion-fake-widget');
    } finally {
      warnings.restore();
    }
  });

  it('handles a script-only tag added later (a CMS block inserted after the first)', async () => {
    start();
    const script = add(loaderScript({ widget: 'fake-widget', services: 'parentalite' }));
    await waitUntil(() => script.nextElementSibling?.localName === 'inclusion-fake-widget', 'inserted');
    added.push(script.nextElementSibling!);
    expect(script.nextElementSibling!.getAttribute('services')).to.equal('parentalite');
  });
});

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { attributeName } from '@inclusion-widgets/ui';
import { orientationRules } from '@inclusion-widgets/orientation';
import { quizRules } from '@inclusion-widgets/quiz';
import { venueFinderRules } from '@inclusion-widgets/venue-finder';
import { createApp } from '../app.js';
import type { AppOptions } from '../app.js';
import type { Database } from '../database.js';
import { createLogger } from '../logger.js';
import { migrate } from '../migrate.js';
import { testTargets } from '../test-databases.js';
import type { TestDatabases } from '../test-databases.js';
import { besideScript } from './routes.js';
import { embedWidgets } from './widgets.js';

const silent = createLogger({ level: 'silent' });
const hostile = '"><script>alert(1)</script>';

// The pages read nothing from the database: the app is the real one, on PGlite only.
const target = testTargets[0]!;

describe(`GET /embed/<widget> ${target.title}`, () => {
  let databases: TestDatabases;
  let database: Database;

  before(async () => {
    databases = await target.setUp();
    database = await databases.fresh();
    await migrate(database);
  });
  after(() => databases?.tearDown());

  const app = (options: Partial<AppOptions> = {}) =>
    createApp({ database, logger: silent, version: '0.0.0-test', ...options });

  async function page(
    path: string,
    options?: Partial<AppOptions>,
  ): Promise<{ response: Response; html: string }> {
    const response = await app(options).request(path);
    return { response, html: await response.text() };
  }

  for (const [name, widget] of Object.entries(embedWidgets)) {
    it(`answers a page holding <${widget.tag}> alone, in French, with the loader and the resize script (${name})`, async () => {
      const { response, html } = await page(`/embed/${name}`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('Content-Type') ?? '', /^text\/html; charset=utf-8/i);
      assert.equal(response.headers.get('Cache-Control'), 'public, max-age=300');
      assert.match(html, /^<!doctype html>\n<html lang="fr">/);
      assert.ok(html.includes(`<title>${widget.title.fr}</title>`), html);
      assert.ok(html.includes(`<${widget.tag} api="/"></${widget.tag}>`), html);
      assert.equal(html.match(/<inclusion-/g)?.length, 1, 'one widget');
      assert.deepEqual(
        [...html.matchAll(/<script type="module" src="([^"]*)"><\/script>/g)].map((match) => match[1]),
        ['/build/embed/inclusion-widgets.js', '/build/embed/inclusion-widgets-frame.js'],
      );
      assert.equal(html.match(/<script/g)?.length, 2, 'no other script');
      assert.doesNotMatch(html, /style=/);
    });
  }

  it('copies the widget’s attributes from the query, values as text: hostile ones cannot end the attribute', async () => {
    const query = new URLSearchParams({
      territory: hostile,
      services: `aide-aux-demarches-administratives' onmouseover='alert(1)`,
      'radius-km': '15',
      color: '#0a5 & <b>',
    });
    const { response, html } = await page(`/embed/venue-finder?${query}`);
    assert.equal(response.status, 200);
    assert.ok(
      html.includes(
        '<inclusion-venue-finder api="/" territory="&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;"' +
          ' radius-km="15"' +
          ' services="aide-aux-demarches-administratives&#39; onmouseover=&#39;alert(1)"' +
          ' color="#0a5 &#38; &#60;b&#62;"></inclusion-venue-finder>',
      ),
      html,
    );
    assert.equal(html.match(/<script/g)?.length, 2, 'no planted script');
    assert.doesNotMatch(html, /<b>|onmouseover='/);
  });

  it('drops what is not an attribute of the widget, the api and event handlers included', async () => {
    const query = new URLSearchParams({
      quiz: 'competences-numeriques',
      api: 'https://evil.example',
      onload: 'alert(1)',
      style: 'display:none',
      territory: 'departement:59', // the finder's, not the quiz's
      Quiz: 'autre',
    });
    const { html } = await page(`/embed/quiz?${query}`);
    assert.ok(html.includes('<inclusion-quiz api="/" quiz="competences-numeriques"></inclusion-quiz>'), html);
    assert.doesNotMatch(html, /evil|onload|display|departement|autre/);
  });

  it('takes the first value of a repeated parameter', async () => {
    const { html } = await page('/embed/orientation?mode=professional&mode=public');
    assert.ok(
      html.includes('<inclusion-orientation api="/" mode="professional"></inclusion-orientation>'),
      html,
    );
  });

  it('speaks English with lang=en (or en-GB): <html lang>, the title, and the widget’s own lang', async () => {
    for (const [name, widget] of Object.entries(embedWidgets)) {
      const { html } = await page(`/embed/${name}?lang=en-GB`);
      assert.match(html, /<html lang="en">/);
      assert.ok(html.includes(`<title>${widget.title.en}</title>`), html);
      assert.ok(html.includes(`<${widget.tag} api="/" lang="en-GB">`), html);
    }
    const { html } = await page('/embed/quiz?lang=de');
    assert.match(html, /<html lang="fr">/, 'an unsupported language: French');
    assert.ok(html.includes('lang="de"'), 'given to the widget, which names the bad value');
  });

  it('may be framed by any site: a strict CSP with frame-ancestors *, no X-Frame-Options', async () => {
    const { response } = await page('/embed/venue-finder?territory=departement%3A59');
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    assert.match(csp, /(^|; )frame-ancestors \*(;|$)/);
    assert.match(csp, /(^|; )script-src 'self'(;|$)/);
    assert.match(csp, /(^|; )style-src 'self'(;|$)/);
    assert.equal(response.headers.get('X-Frame-Options'), null);
    assert.equal(response.headers.get('X-Content-Type-Options'), 'nosniff');
  });

  it('loads the loader and the resize script from EMBED_SCRIPT_URL, allowed by the CSP, and PUBLIC_URL as api', async () => {
    const { response, html } = await page('/embed/quiz', {
      embedScriptUrl: 'https://cdn.example.org/inclusion-widgets@1.0.0/inclusion-widgets.js',
      publicUrl: 'https://api.example.org/inclusion/',
    });
    assert.ok(html.includes('src="https://cdn.example.org/inclusion-widgets@1.0.0/inclusion-widgets.js"'));
    assert.ok(
      html.includes('src="https://cdn.example.org/inclusion-widgets@1.0.0/inclusion-widgets-frame.js"'),
    );
    assert.ok(html.includes('<inclusion-quiz api="https://api.example.org/inclusion">'), html);
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    assert.match(csp, /script-src 'self' https:\/\/cdn\.example\.org;/);
    assert.match(csp, /connect-src 'self' https:\/\/cdn\.example\.org;/);
    assert.match(csp, /frame-ancestors \*$/);
  });

  it('serves the embed build’s folder to every origin (partner pages load its module scripts with CORS)', async () => {
    const site = mkdtempSync(join(tmpdir(), 'embed-site-'));
    try {
      mkdirSync(join(site, 'build/embed'), { recursive: true });
      writeFileSync(join(site, 'build/embed/inclusion-widgets-iframe.js'), 'export {};\n');
      writeFileSync(join(site, 'index.html'), '<!doctype html><title>Demo</title>\n');
      const served = app({ staticDir: site });
      const headers = { Origin: 'https://www.mairie.example' };
      const script = await served.request('/build/embed/inclusion-widgets-iframe.js', { headers });
      assert.equal(script.status, 200);
      assert.equal(script.headers.get('Access-Control-Allow-Origin'), '*');
      const other = await served.request('/index.html', { headers });
      assert.equal(other.status, 200);
      assert.equal(other.headers.get('Access-Control-Allow-Origin'), null, 'only the embed build');
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('answers a plain 404 page naming the widgets for an unknown one, and for /embed/ alone', async () => {
    for (const path of [
      '/embed/carte',
      '/embed/__proto__',
      '/embed/constructor',
      `/embed/${encodeURIComponent(hostile)}`,
      '/embed/',
      '/embed',
    ]) {
      const { response, html } = await page(path);
      assert.equal(response.status, 404, path);
      assert.match(response.headers.get('Content-Type') ?? '', /^text\/html/, path);
      assert.match(
        response.headers.get('Content-Security-Policy') ?? '',
        /frame-ancestors \*|frame-ancestors 'self'/,
      );
      assert.ok(html.includes('<title>Module introuvable</title>'), path);
      assert.ok(html.includes('Les modules sont : venue-finder, quiz, orientation.'), html);
      assert.equal(html.match(/<script/g), null, path);
    }
    const { html } = await page('/embed/carte?lang=en');
    assert.match(html, /<html lang="en">/);
    assert.ok(
      html.includes('“carte” is not the name of a widget. The widgets are: venue-finder, quiz, orientation.'),
      html,
    );
  });
});

describe('the iframe pages’ widgets', () => {
  it('accept exactly the attributes of each widget’s rules', () => {
    const rules = { 'venue-finder': venueFinderRules, quiz: quizRules, orientation: orientationRules };
    assert.deepEqual(Object.keys(embedWidgets), Object.keys(rules));
    for (const [name, widgetRules] of Object.entries(rules)) {
      assert.deepEqual(
        [...embedWidgets[name]!.attributes].sort(),
        Object.keys(widgetRules).map(attributeName).sort(),
        name,
      );
    }
  });

  it('find the resize script beside the loader, whatever its address', () => {
    assert.equal(besideScript('/build/embed/inclusion-widgets.js', 'f.js'), '/build/embed/f.js');
    assert.equal(besideScript('/inclusion-widgets.js?v=2', 'f.js'), '/f.js');
    assert.equal(
      besideScript('https://cdn.example.org/iw@1/inclusion-widgets.js', 'f.js'),
      'https://cdn.example.org/iw@1/f.js',
    );
  });
});

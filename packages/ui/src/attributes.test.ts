import { expect } from '@open-wc/testing';
import { localeReady, slugsOf } from '@inclusion-widgets/core';
import {
  attributeName,
  boolean,
  emailAddress,
  hexColor,
  httpUrl,
  identifier,
  locale,
  oneOf,
  parseAttributes,
  recoverable,
  required,
  territory,
  withDefault,
  type AttributeRule,
  type RuleResult,
} from './attributes.js';
import { listOf, lonLat, number, slugList } from './search-attributes.js';

const fr = { locale: 'fr', attribute: 'test' } as const;
const en = { locale: 'en', attribute: 'test' } as const;

function valueOf<T>(result: RuleResult<T>): T {
  if (!result.ok) throw new Error(`expected a value, got the reason: ${result.reason}`);
  return result.value;
}

/** The reason of a refused value, with Intl's no-break spaces (in `100 000`) as plain spaces. */
function reasonOf<T>(result: RuleResult<T>): string {
  if (result.ok) throw new Error(`expected a reason, got the value: ${JSON.stringify(result.value)}`);
  return result.reason.replace(/[\u00a0\u202f]/g, ' ');
}

// English texts are imported on demand, as on a page: load them before the English cases.
before(async () => {
  await localeReady('en');
});

describe('attribute rules', () => {
  describe('httpUrl()', () => {
    it('accepts absolute http and https URLs', () => {
      expect(valueOf(httpUrl().parse('https://api.example.org/v1', fr))).to.equal(
        'https://api.example.org/v1',
      );
      expect(valueOf(httpUrl().parse(' http://localhost:8787 ', fr))).to.equal('http://localhost:8787/');
    });

    it('resolves a relative path against the document base URL', () => {
      expect(valueOf(httpUrl().parse('/api', fr))).to.equal(new URL('/api', document.baseURI).href);
      expect(valueOf(httpUrl().parse('./api', fr))).to.equal(new URL('./api', document.baseURI).href);
    });

    it('refuses a javascript: URL with a plain-language reason naming the value', () => {
      expect(reasonOf(httpUrl().parse('javascript:alert(1)', fr))).to.equal(
        '« javascript:alert(1) » n’est pas une adresse web en http ou https.',
      );
      expect(reasonOf(httpUrl().parse('javascript:alert(1)', en))).to.equal(
        '“javascript:alert(1)” is not an http or https web address.',
      );
    });

    it('refuses other schemes, a host without scheme, and an empty value', () => {
      for (const raw of [
        'data:text/html,hi',
        'ftp://example.org',
        'api.example.org',
        '',
        'https://exa mple.org',
      ]) {
        expect(httpUrl().parse(raw, fr).ok, raw).to.equal(false);
      }
    });

    it('gives undefined when the attribute is absent', () => {
      expect(valueOf(httpUrl().parse(null, fr))).to.equal(undefined);
    });
  });

  describe('oneOf()', () => {
    it('accepts one of the values, ignoring surrounding spaces', () => {
      expect(valueOf(oneOf(['list', 'map']).parse(' map ', fr))).to.equal('map');
    });

    it('refuses another value and lists the possible ones', () => {
      expect(reasonOf(oneOf(['list', 'map']).parse('carte', fr))).to.equal(
        'la valeur « carte » n’est pas valide. Valeurs possibles : list, map.',
      );
    });
  });

  describe('slugList()', () => {
    it('splits on commas and spaces, drops duplicates and empty items', () => {
      const rule = slugList('services');
      expect(
        valueOf(
          rule.parse(
            'aide-aux-demarches-administratives,  utilisation-securisee-du-numerique ,aide-aux-demarches-administratives',
            fr,
          ),
        ),
      ).to.deep.equal(['aide-aux-demarches-administratives', 'utilisation-securisee-du-numerique']);
      expect(valueOf(rule.parse('', fr))).to.deep.equal([]);
      expect(valueOf(rule.parse(null, fr))).to.deep.equal([]);
    });

    it('names an unknown slug and lists every expected value when there are few', () => {
      const reason = reasonOf(slugList('services').parse('utilisation-securisee-du-numerique foo', fr));
      expect(reason).to.equal(
        `la valeur « foo » n’existe pas. Valeurs possibles : ${slugsOf('services').join(', ')}.`,
      );
    });

    it('names every unknown slug once', () => {
      const reason = reasonOf(slugList('services').parse('foo,bar foo', en));
      expect(reason).to.match(/^the values “foo”, “bar” do not exist\. Possible values: /);
    });

    it('lists only the first expected values of a long vocabulary, and says how many more', () => {
      const all = slugsOf('typologie');
      expect(all.length).to.be.greaterThan(10);
      const reason = reasonOf(slugList('typologie').parse('mairie-imaginaire', fr));
      expect(reason).to.contain(`${all.slice(0, 8).join(', ')} et ${all.length - 8} autres.`);
      expect(reason).not.to.contain(all[all.length - 1]);
    });
  });

  describe('number()', () => {
    const radius = number({ min: 100, max: 100_000, integer: true });

    it('accepts a number within bounds, with a decimal point or a French decimal comma', () => {
      expect(valueOf(radius.parse(' 5000 ', fr))).to.equal(5000);
      expect(valueOf(number().parse('2,5', fr))).to.equal(2.5);
      expect(valueOf(number().parse('-0.5', fr))).to.equal(-0.5);
    });

    it('refuses NaN, Infinity, hexadecimal and words as not a number', () => {
      for (const raw of ['NaN', 'Infinity', '0x10', 'abc', '', '12px']) {
        expect(reasonOf(number().parse(raw, fr)), raw).to.equal(`« ${raw} » n’est pas un nombre.`);
      }
    });

    it('refuses a number out of range, naming both bounds', () => {
      expect(reasonOf(radius.parse('500000', fr))).to.equal('500 000 doit être entre 100 et 100 000.');
      expect(reasonOf(radius.parse('50', en))).to.equal('50 must be between 100 and 100,000.');
    });

    it('names the only bound when there is one', () => {
      expect(reasonOf(number({ min: 1 }).parse('0', fr))).to.equal('0 est trop petit : le minimum est 1.');
      expect(reasonOf(number({ max: 10 }).parse('11', en))).to.equal('11 is too large: the maximum is 10.');
    });

    it('refuses a decimal when a whole number is required', () => {
      expect(reasonOf(radius.parse('1000.5', fr))).to.equal('« 1000.5 » n’est pas un nombre entier.');
    });
  });

  describe('locale()', () => {
    it('accepts supported locales and regional tags', () => {
      expect(valueOf(locale().parse('en-GB', fr))).to.equal('en');
      expect(valueOf(locale().parse('fr', fr))).to.equal('fr');
    });

    it('refuses an unsupported locale and lists the supported ones', () => {
      expect(reasonOf(locale().parse('de', fr))).to.equal(
        'la valeur « de » n’est pas valide. Valeurs possibles : fr, en.',
      );
    });
  });

  describe('boolean()', () => {
    it('is true when present without a value, with "true" or with its own name, false when absent', () => {
      const context = { locale: 'fr', attribute: 'hide-map' } as const;
      expect(valueOf(boolean().parse('', context))).to.equal(true);
      expect(valueOf(boolean().parse('true', context))).to.equal(true);
      expect(valueOf(boolean().parse('hide-map', context))).to.equal(true);
      expect(valueOf(boolean().parse(null, context))).to.equal(false);
    });

    it('refuses "false", which would otherwise turn the option on, and explains how to write it', () => {
      expect(reasonOf(boolean().parse('false', fr))).to.contain('sans valeur');
    });
  });

  describe('required() and withDefault()', () => {
    it('required refuses an absent or blank attribute and passes others to the rule', () => {
      const rule = required(httpUrl());
      expect(reasonOf(rule.parse(null, fr))).to.equal('cet attribut est obligatoire.');
      expect(reasonOf(rule.parse('  ', en))).to.equal('this attribute is required.');
      expect(valueOf(rule.parse('https://a.example', fr))).to.equal('https://a.example/');
      expect(rule.parse('javascript:alert(1)', fr).ok).to.equal(false);
    });

    it('withDefault gives the fallback only when the attribute is absent', () => {
      const rule = withDefault(number({ min: 1 }), 5);
      expect(valueOf(rule.parse(null, fr))).to.equal(5);
      expect(valueOf(rule.parse('7', fr))).to.equal(7);
      expect(rule.parse('0', fr).ok).to.equal(false);
    });
  });

  describe('parseAttributes()', () => {
    const rules = { services: slugList('services'), maxResults: number({ min: 1 }) };

    it('reads the kebab-case attribute of each key and gives a typed configuration', () => {
      const attributes: Record<string, string> = {
        services: 'utilisation-securisee-du-numerique',
        'max-results': '20',
      };
      const { config, issues } = parseAttributes(rules, (name) => attributes[name] ?? null, 'fr');
      expect(issues).to.deep.equal([]);
      expect(config).to.deep.equal({ services: ['utilisation-securisee-du-numerique'], maxResults: 20 });
    });

    it('gives one issue per invalid attribute and no configuration', () => {
      const attributes: Record<string, string> = { services: 'foo', 'max-results': 'NaN' };
      const { config, issues } = parseAttributes(rules, (name) => attributes[name] ?? null, 'en');
      expect(config).to.equal(undefined);
      expect(issues.map(({ attribute, value }) => [attribute, value])).to.deep.equal([
        ['services', 'foo'],
        ['max-results', 'NaN'],
      ]);
      expect(issues[1]?.reason).to.equal('“NaN” is not a number.');
    });

    it('maps camelCase keys to kebab-case attributes', () => {
      expect(attributeName('maxResults')).to.equal('max-results');
      expect(attributeName('services')).to.equal('services');
    });

    it('accepts hand-written rules', () => {
      const upper: AttributeRule<string | undefined> = {
        parse: (raw) =>
          raw === null ? { ok: true, value: undefined } : { ok: true, value: raw.toUpperCase() },
      };
      const { config } = parseAttributes({ code: upper }, () => 'abc', 'fr');
      expect(config?.code).to.equal('ABC');
    });
  });

  describe('recoverable()', () => {
    const rules = {
      services: recoverable(slugList('services')),
      radius: recoverable(withDefault(number({ min: 1, max: 100 }), 10)),
      mode: oneOf(['list', 'map']),
    };
    const parse = (attributes: Record<string, string>) =>
      parseAttributes(rules, (name) => attributes[name] ?? null, 'en');

    it('keeps the known slugs of a list and reports the unknown ones as recovered', () => {
      const { config, issues } = parse({ services: 'nope, aide-aux-demarches-administratives nope' });
      expect(config?.services).to.deep.equal(['aide-aux-demarches-administratives']);
      expect(issues).to.have.length(1);
      expect(issues[0]).to.include({ attribute: 'services', recovered: true });
      expect(issues[0]?.reason).to.contain('“nope”');
    });

    it('falls back to the value of an absent attribute for other rules', () => {
      const { config, issues } = parse({ radius: '500' });
      expect(config?.radius).to.equal(10);
      expect(issues[0]).to.include({ attribute: 'radius', recovered: true });
    });

    it('gives no configuration when a rule that is not recoverable fails too', () => {
      const { config, issues } = parse({ radius: '500', mode: 'grid' });
      expect(config).to.equal(undefined);
      expect(issues.map((issue) => [issue.attribute, issue.recovered ?? false])).to.deep.equal([
        ['radius', true],
        ['mode', false],
      ]);
    });
  });

  describe('territory()', () => {
    it('reads the four kinds of territory', () => {
      expect(valueOf(territory().parse('departement:59', fr))).to.deep.equal({
        type: 'departement',
        code: '59',
      });
      expect(valueOf(territory().parse(' commune:2A004 ', fr))).to.deep.equal({
        type: 'commune',
        code: '2A004',
      });
      expect(valueOf(territory().parse('region:32', fr))).to.deep.equal({ type: 'region', code: '32' });
      expect(valueOf(territory().parse('epci:200093201', fr))).to.deep.equal({
        type: 'epci',
        code: '200093201',
      });
    });

    it('refuses another form and shows the right ones', () => {
      expect(reasonOf(territory().parse('59', en))).to.equal(
        '“59” is not a territory. Write commune:59350, epci:200093201, departement:59 or region:32.',
      );
      expect(territory().parse('departement:999', fr).ok).to.equal(false);
      expect(territory().parse('pays:fr', fr).ok).to.equal(false);
    });
  });

  describe('lonLat()', () => {
    it('reads longitude then latitude, with a comma or spaces', () => {
      expect(valueOf(lonLat().parse('3.0635,50.6366', fr))).to.deep.equal({ lon: 3.0635, lat: 50.6366 });
      expect(valueOf(lonLat().parse(' -1.5 47.2 ', fr))).to.deep.equal({ lon: -1.5, lat: 47.2 });
    });

    it('refuses words, a single number, and out-of-range values with a hint about the order', () => {
      expect(reasonOf(lonLat().parse('Lille', en))).to.contain('is not a point');
      expect(lonLat().parse('3.06', fr).ok).to.equal(false);
      expect(lonLat().parse('3,06,50', fr).ok).to.equal(false);
      expect(reasonOf(lonLat().parse('50.63,200', en))).to.contain('Write the longitude first');
    });
  });

  describe('hexColor()', () => {
    it('normalises #rgb and #rrggbb to #rrggbb lowercase', () => {
      expect(valueOf(hexColor().parse('#0A5', fr))).to.equal('#00aa55');
      expect(valueOf(hexColor().parse('1A5FB4', fr))).to.equal('#1a5fb4');
    });

    it('refuses names, functions and injections', () => {
      for (const raw of ['red', 'rgb(0,0,0)', '#12345', '#123;background:url(x)']) {
        expect(hexColor().parse(raw, fr).ok, raw).to.equal(false);
      }
    });
  });

  describe('identifier()', () => {
    it('accepts lowercase words with hyphens and refuses the rest', () => {
      expect(valueOf(identifier().parse('ville-de-lille', fr))).to.equal('ville-de-lille');
      for (const raw of ['Ville', 'a b', '-a', 'é', 'a'.repeat(65)]) {
        expect(identifier().parse(raw, fr).ok, raw).to.equal(false);
      }
    });
  });

  describe('listOf()', () => {
    it('reads known values and names unknown ones; recoverable keeps the known ones', () => {
      const rule = listOf(['services', 'publics', 'programmes']);
      expect(valueOf(rule.parse('publics, services publics', fr))).to.deep.equal(['publics', 'services']);
      expect(reasonOf(rule.parse('publics, prix', en))).to.contain('“prix”');
      const { config } = parseAttributes({ hide: recoverable(rule) }, () => 'publics prix', 'fr');
      expect(config?.hide).to.deep.equal(['publics']);
    });
  });

  describe('emailAddress()', () => {
    it('accepts an address and refuses text, spaces and header injection', () => {
      expect(valueOf(emailAddress().parse(' accueil@ville.fr ', fr))).to.equal('accueil@ville.fr');
      expect(reasonOf(emailAddress().parse('accueil', en))).to.equal('“accueil” is not an e-mail address.');
      for (const raw of ['a b@c.fr', 'a@b', 'a@b.fr,c@d.fr', 'a@b.fr\nbcc:x@y.fr']) {
        expect(emailAddress().parse(raw, fr).ok, raw).to.equal(false);
      }
    });
  });
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { formatIssues } from './issues.js';
import { lieuDetailReadSchema, lieuReadSchema, lieuSchema } from './lieu.js';

/** The standard's own valid example row (exemple-valide.csv), with its labels turned into slugs. */
const example = {
  id: 'structure-1',
  pivot: '43493312300029',
  nom: 'Anonymal',
  commune: 'Reims',
  code_postal: '51100',
  code_insee: '51454',
  adresse: '12 BIS RUE DE LECLERCQ',
  complement_adresse: "Le patio du bois de l'Aulne",
  latitude: 43.52609,
  longitude: 5.41423,
  typologie: ['tiers-lieux', 'asso'],
  telephone: '+33180059880',
  courriels: ['contact@laquincaillerie.tl', 'responsable@laquincaillerie.tl'],
  site_web: ['https://www.laquincaillerie.tl/', 'https://m.facebook.com/laquincaillerienumerique/'],
  horaires: 'Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00',
  presentation_resume:
    'Notre association propose des formations aux outils numériques à destination des personnes âgées.',
  presentation_detail: 'Notre parcours d’initiation permet l’acquisition de compétences numériques de base.',
  source: 'Hubik',
  itinerance: ['itinerant'],
  structure_parente: 'SIRET de la ville pour une bibliothèque.',
  date_maj: '2024-04-02',
  services: [
    'maitrise-des-outils-numeriques-du-quotidien',
    'insertion-professionnelle-via-le-numerique',
    'loisirs-et-creations-numeriques',
  ],
  publics_specifiquement_adresses: ['jeunes', 'femmes'],
  prise_en_charge_specifique: ['surdite', 'illettrisme', 'langues-etrangeres-anglais'],
  frais_a_charge: ['gratuit-sous-condition', 'payant'],
  dispositif_programmes_nationaux: ['aidants-connect', 'conseillers-numeriques', 'la-croix-rouge'],
  formations_labels: ['forme-a-mon-espace-sante', 'arnia-mednum-bfc-bourgogne-franche-comte'],
  autres_formations_labels: 'Label et la bête',
  modalites_acces: ['se-presenter', 'telephoner'],
  modalites_accompagnement: [
    'dans-un-atelier-collectif',
    'a-distance',
    'en-autonomie',
    'accompagnement-individuel',
  ],
  fiche_acces_libre:
    'https://acceslibre.beta.gouv.fr/app/29-lampaul-plouarzel/a/bibliotheque-mediatheque/erp/mediatheque-13/',
  prise_rdv: 'https://www.rdv-solidarites.fr/',
};

const minimal = {
  id: 'lieu-1',
  pivot: '43493312300029',
  nom: 'Espace numérique (exemple)',
  commune: 'Lille',
  code_postal: '59000',
  adresse: '1 place de l’Exemple',
  date_maj: '2024-04-02',
};

function problems(input: unknown): string[] {
  const result = lieuSchema.safeParse(input, { reportInput: true });
  return result.success ? [] : formatIssues(result.error.issues);
}

describe('lieuSchema', () => {
  it('accepts the standard’s example, every field filled', () => {
    assert.deepEqual(lieuSchema.parse(example), example);
  });

  it('has exactly the 32 fields of the standard, plus distance and ouverture', () => {
    const standard = JSON.parse(
      readFileSync(new URL('../standard/schema.json', import.meta.url), 'utf8'),
    ) as { fields: Array<{ name: string }> };
    const names = standard.fields.map((field) => field.name);
    assert.equal(names.length, 32);
    assert.deepEqual(Object.keys(lieuSchema.def.shape), [...names, 'distance', 'ouverture']);
  });

  it('needs only the required fields, and gives multi-valued fields an empty list', () => {
    const lieu = lieuSchema.parse(minimal);
    assert.deepEqual(lieu.services, []);
    assert.deepEqual(lieu.courriels, []);
    assert.equal(lieu.latitude, undefined);
  });

  it('names each missing required field', () => {
    assert.deepEqual(problems({ id: 'x' }), [
      'pivot: required (string)',
      'nom: required (string)',
      'commune: required (string)',
      'code_postal: required (string)',
      'adresse: required (string)',
      'date_maj: required (string)',
    ]);
  });

  it('rejects a slug outside the vocabulary, naming the field, the value and its index', () => {
    assert.deepEqual(problems({ ...minimal, services: ['aide-aux-demarches-administratives', 'Payant'] }), [
      'services.1: unknown services slug "Payant"',
    ]);
    assert.deepEqual(problems({ ...minimal, frais_a_charge: 'gratuit' }), [
      'frais_a_charge: frais_a_charge must be an array',
    ]);
  });

  it('checks the standard’s formats', () => {
    assert.deepEqual(
      problems({
        ...minimal,
        pivot: '123',
        code_postal: '5900',
        code_insee: '20000',
        telephone: '03 20 00 00 00',
        courriels: ['pas-un-courriel'],
        site_web: ['javascript:alert(1)'],
        date_maj: '02/04/2024',
        presentation_resume: 'x'.repeat(281),
      }),
      [
        'pivot: pivot must be a SIRET, RNA or RIDET number (9 to 14 letters or digits)',
        'code_postal: must be a postcode of 5 digits',
        'code_insee: must be an INSEE commune code of 5 characters, e.g. 59350',
        'telephone: telephone must be in international form, e.g. +33180059880',
        'courriels.0: must be an e-mail address',
        'site_web.0: site_web must be an http or https URL',
        'presentation_resume: must be at most 280 characters',
        'date_maj: date_maj must be a YYYY-MM-DD date',
      ],
    );
  });

  it('wants latitude and longitude together, within range', () => {
    assert.deepEqual(problems({ ...minimal, latitude: 50.6 }), [
      'longitude: latitude and longitude go together',
    ]);
    assert.deepEqual(problems({ ...minimal, latitude: 91, longitude: 3 }), [
      'latitude: latitude must be between -90 and 90',
    ]);
  });

  it('accepts the computed distance and opening status of a search', () => {
    const lieu = lieuSchema.parse({
      ...minimal,
      distance: 350,
      ouverture: { statut: 'ferme', prochaine_ouverture: '2024-04-03T09:00:00+02:00' },
    });
    assert.equal(lieu.ouverture?.statut, 'ferme');
    assert.deepEqual(
      problems({ ...minimal, distance: -1, ouverture: { statut: 'open', jusqu_a: '12:00' } }),
      [
        'distance: distance must be a number of metres ≥ 0',
        'ouverture.statut: statut must be "ouvert", "ferme" or "inconnu"',
        'ouverture.jusqu_a: must be an ISO 8601 date-time with an offset',
      ],
    );
  });

  it('drops unknown fields, so that the API can add some', () => {
    assert.equal('nouveau' in lieuSchema.parse({ ...minimal, nouveau: 1 }), false);
  });
});

describe('lieuReadSchema and lieuDetailReadSchema (how the widgets read places)', () => {
  const hostile = {
    ...minimal,
    nom: '<script>alert(1)</script>',
    site_web: ['javascript:alert(1)', 'https://exemple.fr/', 'data:text/html,<b>x</b>', 42],
    prise_rdv: 'javascript:alert(1)',
    fiche_acces_libre: 'vbscript:msgbox(1)',
  };

  it('drops links that are not http(s) URLs and keeps the place and its other links', () => {
    for (const schema of [lieuReadSchema, lieuDetailReadSchema]) {
      const lieu = schema.parse(hostile);
      assert.equal(lieu.nom, '<script>alert(1)</script>');
      assert.deepEqual(lieu.site_web, ['https://exemple.fr/']);
      assert.equal(lieu.prise_rdv, undefined);
      assert.equal(lieu.fiche_acces_libre, undefined);
    }
  });

  it('is as strict as the contract everywhere else', () => {
    assert.equal(lieuSchema.safeParse(hostile).success, false);
    assert.equal(lieuReadSchema.safeParse({ ...hostile, code_postal: '5900' }).success, false);
    assert.equal(lieuReadSchema.safeParse({ ...hostile, latitude: 50.6 }).success, false);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lieuPageReadSchema } from './lieu.js';
import { previewCommuneList, previewLieuPage } from './preview.js';

const lieu = {
  id: 'lieu-1',
  pivot: '43493312300029',
  nom: '<script>alert(1)</script> Espace numérique',
  commune: 'Lille',
  code_postal: '59000',
  code_insee: '59350',
  adresse: '1 place de l’Exemple',
  latitude: 50.63,
  longitude: 3.05,
  date_maj: '2024-04-02',
  services: ['aide-aux-demarches-administratives'],
  frais_a_charge: ['gratuit'],
  prise_en_charge_specifique: ['surdite'],
  fiche_acces_libre: 'https://acceslibre.beta.gouv.fr/app/x/',
  site_web: ['https://exemple.fr/'],
  courriels: ['contact@exemple.fr'],
  distance: 120,
  ouverture: {
    statut: 'ferme',
    prochaine_ouverture: '2024-04-03T09:00:00+02:00',
    commentaire: 'sur rendez-vous',
  },
};
const page = { items: [lieu], total: 1, limit: 20, next: null };

describe('previewLieuPage (a page of places read by hand)', () => {
  it('reads what the list shows, as the check does, and leaves the links out', () => {
    const preview = previewLieuPage(structuredClone(page));
    const checked = lieuPageReadSchema.parse(structuredClone(page));
    assert.ok(preview);
    const [item] = preview.items;
    const [expected] = checked.items;
    assert.ok(item && expected);
    for (const key of [
      'id',
      'nom',
      'adresse',
      'commune',
      'code_postal',
      'distance',
      'ouverture',
      'services',
      'frais_a_charge',
      'prise_en_charge_specifique',
      'fiche_acces_libre',
      'latitude',
      'longitude',
    ] as const) {
      assert.deepEqual(item[key], expected[key], key);
    }
    assert.equal(item.nom, lieu.nom, 'text stays text');
    assert.deepEqual(item.site_web, []);
    assert.deepEqual(item.courriels, []);
    assert.equal(preview.total, 1);
    assert.equal(preview.next, null);
  });

  it('drops an Accès Libre link that is not http(s)', () => {
    const preview = previewLieuPage({
      ...page,
      items: [{ ...lieu, fiche_acces_libre: 'javascript:alert(1)' }],
    });
    assert.equal(preview?.items[0]?.fiche_acces_libre, undefined);
    assert.equal(preview && 'fiche_acces_libre' in preview.items[0]!, false);
  });

  it('gives no preview when anything does not plainly match the contract', () => {
    const broken: unknown[] = [
      null,
      'text',
      { ...page, items: 'x' },
      { ...page, total: -1 },
      { ...page, limit: 0 },
      { ...page, next: 3 },
      { ...page, items: [{ ...lieu, nom: 42 }] },
      { ...page, items: [{ ...lieu, nom: '   ' }] },
      { ...page, items: [{ ...lieu, code_postal: '5900' }] },
      { ...page, items: [{ ...lieu, services: ['pas-un-service'] }] },
      { ...page, items: [{ ...lieu, services: 'aide-aux-demarches-administratives' }] },
      { ...page, items: [{ ...lieu, latitude: 91 }] },
      { ...page, items: [{ ...lieu, longitude: undefined }] },
      { ...page, items: [{ ...lieu, distance: -1 }] },
      { ...page, items: [{ ...lieu, ouverture: { statut: 'peut-etre' } }] },
      { ...page, items: [{ ...lieu, ouverture: { statut: 'ouvert', jusqu_a: 'midi' } }] },
    ];
    for (const body of broken)
      assert.equal(previewLieuPage(structuredClone(body)), undefined, JSON.stringify(body));
  });
});

describe('previewCommuneList (communes read by hand)', () => {
  const commune = {
    code: '59350',
    nom: 'Lille',
    codes_postaux: ['59000', '59800'],
    departement: '59',
    region: '32',
    epci: '200093201',
    population: 236710,
    latitude: 50.63,
    longitude: 3.05,
  };

  it('reads every field', () => {
    assert.deepEqual(previewCommuneList({ items: [commune] }), [commune]);
  });

  it('gives no preview when anything does not plainly match the contract', () => {
    for (const body of [
      {},
      { items: [{ ...commune, code: '5935' }] },
      { items: [{ ...commune, codes_postaux: ['x'] }] },
      { items: [{ ...commune, departement: '99' }] },
      { items: [{ ...commune, latitude: '50' }] },
      { items: [{ ...commune, population: 1.5 }] },
    ]) {
      assert.equal(previewCommuneList(body), undefined, JSON.stringify(body));
    }
  });
});

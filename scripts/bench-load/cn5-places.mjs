// Our places (items of `GET /v1/lieux`, the standard v1 with slugs) → the JSON that the national map
// (@gouvfr-anct/cartographie-nationale 5.22.0, "CN5") reads from its `source` attribute: the older standard's
// field names, lists joined with ";" and the older labels. CN5 validates every place when it reads the file
// and throws on the first value it does not know (then shows no place at all), so only values it accepts are
// written: each services slug goes to the older label our importer maps to it (packages/api/src/import/
// standard-v0.1.ts, read backwards); characters its checks refuse in a commune or street name become spaces, and
// a phone, e-mail, website or INSEE code it would refuse is left out.

/** v1 services slug → the CN5 (standard v0.x) labels that our v0.1 importer maps to it. */
const servicesLabels = {
  'aide-aux-demarches-administratives': ['Réaliser des démarches administratives avec un accompagnement'],
  'maitrise-des-outils-numeriques-du-quotidien': ['Utiliser le numérique au quotidien'],
  'insertion-professionnelle-via-le-numerique': ['Favoriser mon insertion professionnelle'],
  'comprehension-du-monde-numerique': ['Approfondir ma culture numérique'],
  'utilisation-securisee-du-numerique': ['Approfondir ma culture numérique'],
  'acces-internet-et-materiel-informatique': ['Accéder à une connexion internet'],
  'acquisition-de-materiel-informatique-a-prix-solidaire': ["S'équiper en matériel informatique"],
  'loisirs-et-creations-numeriques': ['Créer avec le numérique'],
  'parentalite-et-education-avec-le-numerique': ["Soutenir la parentalité et l'éducation avec le numérique"],
};

/** v1 `frais_a_charge` slug → CN5 `conditions_acces` label. */
const conditionsLabels = {
  gratuit: 'Gratuit : Je peux accéder gratuitement au lieu et à ses services',
  'gratuit-sous-condition':
    'Gratuit sous condition : La gratuité est conditionnée à des critères (situation familiale, convention avec un organisme social...)',
  payant: "Payant : L'accès au lieu et/ou à ses services est payant",
};

// CN5's own checks, copied from its bundle: a place failing one of them makes CN5 throw and show nothing.
const cn5Url =
  /^[A-Za-z]{3,9}:(?:\/\/)?(?:[;:&=+$,\w-]+@)?[A-Za-z0-9.-]+(?:(?:\/[+~,%/.\w_-]*)?\??[-+=&;%@.\w_]*#?[.!/\\\w]*)?$/u;
const cn5CodeInsee = /^(?:[013-9]\d|2[AB1-9])(?:0?\d{3}|-\d-\d{2}-\d{3})$/u;
const cn5CommuneChar = /[A-Za-z\d\xc0-\xd6\xd8-\xf6\xf8-\xff\u0153-\u0178\u0152\-'\u2019\s]/u;
const cn5VoieChar =
  /[0-9A-Za-z\d\xc0-\xd6\xd8-\xf6\xf8-\xff\u0153-\u0178\u0152\-,()\xb0.&:+\u2013|;'\u2019/\s]/u;
const cn5Phone =
  /^(?:(?:\+|00)(?:33|594|262|596|269|687|689|590|508|681)[\s.-]{0,3}(?:\(0\)[\s.-]{0,3})?|0)(?:(?:[1-9](?:[\s.-]?\d{2}){4}|\d{2}(?:[\s.-]\d{3}){2})|\s\d{3}(?:\s\d{2}){3})$/u;
const cn5Email =
  /^(?:(?:[^<>()[\]\\.,;:\s@"]+(?:\.[^<>()[\]\\.,;:\s@"]+)*)|(?:".+"))@(?:(?:\[\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}])|(?:(?:[A-Za-z\xc0-\xd6\xd8-\xf6\xf8-\xff\-\d]+\.)+[a-zA-Z]{2,}))$/;

/** `text` with every character CN5 refuses replaced by a space (so that the place is kept, its text nearly so). */
function keepChars(text, allowed) {
  const kept = [...text]
    .map((char) => (allowed.test(char) ? char : ' '))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return kept || '-';
}

/**
 * One place as CN5 reads it; `undefined` when it has no position or no service CN5 knows (CN5 would reject it).
 *
 * @param {Record<string, any>} lieu an item of `GET /v1/lieux`
 * @returns {Record<string, unknown> | undefined}
 */
export function toCn5Place(lieu) {
  const services = [...new Set(lieu.services.flatMap((slug) => servicesLabels[slug] ?? []))];
  if (services.length === 0 || lieu.latitude === undefined || lieu.longitude === undefined) return undefined;
  if (!/^\d{5}$/.test(lieu.code_postal ?? '')) return undefined;
  /** @type {Record<string, unknown>} */
  const place = {
    id: lieu.id,
    pivot: /^\d{14}$/.test(lieu.pivot ?? '') ? lieu.pivot : '00000000000000',
    nom: lieu.nom,
    commune: keepChars(lieu.commune, cn5CommuneChar),
    code_postal: lieu.code_postal,
    adresse: keepChars(lieu.adresse, cn5VoieChar),
    latitude: lieu.latitude,
    longitude: lieu.longitude,
    services: services.join(';'),
    date_maj: lieu.date_maj,
  };
  if (lieu.code_insee && cn5CodeInsee.test(lieu.code_insee)) place.code_insee = lieu.code_insee;
  if (lieu.horaires) place.horaires = lieu.horaires;
  if (lieu.telephone && cn5Phone.test(lieu.telephone)) place.telephone = lieu.telephone;
  const courriel = lieu.courriels?.find((value) => cn5Email.test(value));
  if (courriel) place.courriel = courriel;
  const sites = (lieu.site_web ?? []).filter((value) => cn5Url.test(value) && !value.includes(';'));
  if (sites.length > 0) place.site_web = sites.join(';');
  const conditions = (lieu.frais_a_charge ?? []).map((slug) => conditionsLabels[slug]).filter(Boolean);
  if (conditions.length > 0) place.conditions_acces = conditions.join(';');
  if (lieu.presentation_resume) place.presentation_resume = lieu.presentation_resume;
  if (lieu.presentation_detail) place.presentation_detail = lieu.presentation_detail;
  if (lieu.source) place.source = lieu.source;
  return place;
}

/**
 * Every place of a search of our API, page after page (`limit=100` and the `next` cursor).
 *
 * @param {string} origin the API's origin, `http://127.0.0.1:8190`
 * @param {Record<string, string>} [query] search parameters (`territoire`…)
 * @returns {Promise<Record<string, any>[]>}
 */
export async function fetchAllPlaces(origin, query = {}) {
  const places = [];
  let cursor;
  do {
    const url = new URL('/v1/lieux', origin);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    url.searchParams.set('limit', '100');
    if (cursor) url.searchParams.set('cursor', cursor);
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
    const page = await response.json();
    places.push(...page.items);
    cursor = page.next ?? undefined;
  } while (cursor);
  return places;
}

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Evenement, Statistique } from '@inclusion-widgets/core';
import type { Database, Queryable } from '../database.js';

/** A partner as stored: its token is known only by its SHA-256. */
export interface Partner {
  /** The partner id, given by the operator. */
  id: string;
  /** A readable name (the site or organisation). */
  nom: string;
}

/** A partner just created, with its token (shown once, never stored in clear). */
export interface CreatedPartner extends Partner {
  /** The bearer token for `GET /v1/statistiques`. */
  token: string;
}

/** SHA-256 of a token, in hex. Tokens are 256 random bits, so a plain hash is enough (no password stretching). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new random token: 32 bytes, base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Creates a partner and returns its token, or throws when the id is taken. With `replaceToken`, an existing
 * partner gets a new token instead (the old one stops working).
 *
 * @example
 * const { token } = await createPartner(database, { id: 'mairie-exemple', nom: 'Mairie d’Exemple' });
 */
export async function createPartner(
  database: Queryable,
  partner: Partner,
  options: { replaceToken?: boolean } = {},
): Promise<CreatedPartner> {
  const token = newToken();
  const { rows } = await database.query<{ id: string }>(
    options.replaceToken
      ? `INSERT INTO partenaires (id, nom, jeton_sha256) VALUES ($1, $2, $3)
         ON CONFLICT (id) DO UPDATE SET nom = EXCLUDED.nom, jeton_sha256 = EXCLUDED.jeton_sha256 RETURNING id`
      : `INSERT INTO partenaires (id, nom, jeton_sha256) VALUES ($1, $2, $3)
         ON CONFLICT (id) DO NOTHING RETURNING id`,
    [partner.id, partner.nom, hashToken(token)],
  );
  if (rows.length === 0) {
    throw new Error(
      `A partner with id '${partner.id}' already exists (use --new-token to give it a new token).`,
    );
  }
  return { ...partner, token };
}

/** Whether a partner exists. */
export async function partnerExists(database: Queryable, id: string): Promise<boolean> {
  const { rows } = await database.query('SELECT 1 FROM partenaires WHERE id = $1', [id]);
  return rows.length > 0;
}

/**
 * Checks a partner's token in constant time. Unknown partner and wrong token are both `false`, and cost the
 * same, so that the answer does not tell which partner ids exist.
 */
export async function verifyPartnerToken(database: Queryable, id: string, token: string): Promise<boolean> {
  const { rows } = await database.query<{ jeton_sha256: string }>(
    'SELECT jeton_sha256 FROM partenaires WHERE id = $1',
    [id],
  );
  const given = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(rows[0]?.jeton_sha256 ?? hashToken(newToken()), 'hex');
  return timingSafeEqual(given, stored) && rows.length > 0;
}

/** The Monday (UTC) of the ISO week of `date`, as `YYYY-MM-DD`. */
export function weekOf(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - sinceMonday);
  return day.toISOString().slice(0, 10);
}

/** The counters one event adds to: its total, then one per dimension value. */
function dimensionsOf(event: Evenement): Array<[dimension: string, valeur: string]> {
  const dimensions: Array<[string, string]> = [['', '']];
  switch (event.type) {
    case 'quiz-termine':
      dimensions.push(['quiz', event.quiz], ['niveau', String(event.niveau)]);
      for (const area of new Set(event.domaines_faibles)) dimensions.push(['domaine_faible', area]);
      break;
    case 'orientation-resultat':
      dimensions.push(
        ['orientation', event.orientation],
        ['resultat', event.resultat],
        ['niveau', String(event.niveau)],
      );
      break;
    case 'lieu-consulte':
      dimensions.push(['lieu', event.lieu]);
      break;
    case 'widget-affiche':
      break;
  }
  return dimensions;
}

/**
 * Adds a batch of events to the partner's counters of the week of `now`, in one statement: each counter is
 * upserted with `nombre = nombre + n`. Nothing else about the events is kept.
 */
export async function recordEvents(
  database: Database,
  partenaire: string,
  events: readonly Evenement[],
  now: Date = new Date(),
): Promise<void> {
  const counts = new Map<
    string,
    { widget: string; evenement: string; dimension: string; valeur: string; n: number }
  >();
  for (const event of events) {
    for (const [dimension, valeur] of dimensionsOf(event)) {
      const key = JSON.stringify([event.widget, event.type, dimension, valeur]);
      const counter = counts.get(key);
      if (counter) counter.n += 1;
      else counts.set(key, { widget: event.widget, evenement: event.type, dimension, valeur, n: 1 });
    }
  }
  const rows = [...counts.values()];
  await database.query(
    `INSERT INTO statistiques_hebdomadaires AS s (semaine, partenaire, widget, evenement, dimension, valeur, nombre)
     SELECT $1::date, $2, t.widget, t.evenement, t.dimension, t.valeur, t.n
       FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[])
         AS t (widget, evenement, dimension, valeur, n)
     ON CONFLICT (partenaire, semaine, widget, evenement, dimension, valeur)
     DO UPDATE SET nombre = s.nombre + EXCLUDED.nombre`,
    [
      weekOf(now),
      partenaire,
      rows.map((row) => row.widget),
      rows.map((row) => row.evenement),
      rows.map((row) => row.dimension),
      rows.map((row) => row.valeur),
      rows.map((row) => row.n),
    ],
  );
}

/**
 * A partner's weekly counters from the week containing `since` on, oldest week first, each with its split by
 * dimension.
 */
export async function readStatistics(
  database: Queryable,
  partenaire: string,
  since: string,
): Promise<Statistique[]> {
  const { rows } = await database.query<{
    semaine: string;
    widget: Statistique['widget'];
    evenement: Statistique['evenement'];
    dimension: string;
    valeur: string;
    nombre: number;
  }>(
    `SELECT semaine, widget, evenement, dimension, valeur, nombre
       FROM statistiques_hebdomadaires
      WHERE partenaire = $1 AND semaine >= $2::date
      ORDER BY semaine, widget, evenement, dimension, valeur`,
    [partenaire, weekOf(new Date(`${since}T00:00:00Z`))],
  );
  const items = new Map<string, Statistique>();
  for (const row of rows) {
    const key = `${row.semaine} ${row.widget} ${row.evenement}`;
    let item = items.get(key);
    if (!item) {
      item = { semaine: row.semaine, widget: row.widget, evenement: row.evenement, nombre: 0, details: {} };
      items.set(key, item);
    }
    const nombre = Number(row.nombre);
    if (row.dimension === '') item.nombre = nombre;
    else (item.details[row.dimension] ??= {})[row.valeur] = nombre;
  }
  return [...items.values()];
}

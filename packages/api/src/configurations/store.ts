// Widget configurations (migration 006): what `GET /v1/configurations/{id}`, the admin endpoints and the
// `inclusion-api configuration` command read and write.
import {
  configurationAttributsSchema,
  configurationIdSchema,
  partenaireIdSchema,
  toProblems,
  widgetConfigurationSchema,
  type ValidationProblem,
  type WidgetConfiguration,
} from '@inclusion-widgets/core';
import * as z from 'zod/mini';
import type { Queryable } from '../database.js';

/** What the operator gives to create or replace a configuration: everything but `modifie_le`. */
export const configurationInputSchema = z.strictObject({
  id: configurationIdSchema,
  widget: widgetConfigurationSchema.def.shape.widget,
  attributs: configurationAttributsSchema,
  partenaire: z.optional(partenaireIdSchema),
});

/** A configuration to save. */
export type ConfigurationInput = z.infer<typeof configurationInputSchema>;

/** Why a configuration is refused: `invalid` input (HTTP 400), or an id that is taken or not the partner's (409). */
export type ConfigurationErrorKind = 'invalid' | 'conflict';

/** A configuration the input cannot describe: invalid fields, an unknown partner, an id already used. */
export class ConfigurationError extends Error {
  /** What is wrong, field by field. */
  readonly problems: readonly ValidationProblem[];
  /** `conflict` when the id is taken (HTTP 409), `invalid` otherwise (400). */
  readonly kind: ConfigurationErrorKind;

  constructor(problems: readonly ValidationProblem[], kind: ConfigurationErrorKind = 'invalid') {
    super(problems.map((problem) => `${problem.path || '(configuration)'}: ${problem.message}`).join('; '));
    this.name = 'ConfigurationError';
    this.problems = problems;
    this.kind = kind;
  }
}

interface ConfigurationRow {
  id: string;
  widget: WidgetConfiguration['widget'];
  attributs: Record<string, string>;
  partenaire: string | null;
  modifie_le: Date;
}

const columns = 'id, widget, attributs, partenaire, modifie_le';

function toConfiguration(row: ConfigurationRow): WidgetConfiguration {
  return {
    id: row.id,
    widget: row.widget,
    attributs: row.attributs,
    ...(row.partenaire === null ? {} : { partenaire: row.partenaire }),
    modifie_le: row.modifie_le.toISOString(),
  };
}

/**
 * Validates and saves a configuration; throws `ConfigurationError` for invalid input, an unknown partner, or an
 * id already used (unless `replace`). Returns it as the API serves it, and whether it was created.
 *
 * @example
 * await saveConfiguration(database, { id: 'mairie-lille', widget: 'venue-finder', attributs: { services: 'aide-aux-demarches-administratives' } });
 */
export async function saveConfiguration(
  db: Queryable,
  input: unknown,
  options: { replace?: boolean } = {},
): Promise<{ configuration: WidgetConfiguration; created: boolean }> {
  const parsed = configurationInputSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw new ConfigurationError(toProblems(parsed.error.issues));
  const { id, widget, attributs, partenaire } = parsed.data;
  if (partenaire !== undefined) {
    const { rows } = await db.query('SELECT 1 FROM partenaires WHERE id = $1', [partenaire]);
    if (rows.length === 0) {
      throw new ConfigurationError([
        {
          path: 'partenaire',
          message: `no partner has the id '${partenaire}'; create it first with inclusion-api partenaire create`,
        },
      ]);
    }
  }
  // `xmax = 0` is true for a row this statement inserted, false for one it updated.
  const { rows } = await db.query<ConfigurationRow & { inserted: boolean }>(
    `INSERT INTO configurations (id, widget, attributs, partenaire) VALUES ($1, $2, $3::jsonb, $4)
     ON CONFLICT (id) DO ${
       options.replace
         ? `UPDATE SET widget = EXCLUDED.widget, attributs = EXCLUDED.attributs,
                       partenaire = EXCLUDED.partenaire, modifie_le = now()`
         : 'NOTHING'
     }
     RETURNING ${columns}, (xmax = 0) AS inserted`,
    [id, widget, JSON.stringify(attributs), partenaire ?? null],
  );
  const row = rows[0];
  if (!row) {
    throw new ConfigurationError(
      [{ path: 'id', message: `a configuration with the id '${id}' already exists; replace it explicitly` }],
      'conflict',
    );
  }
  return { configuration: toConfiguration(row), created: row.inserted };
}

/** What a partner gives to create or replace one of its configurations: its id, widget and attributes. */
export const partnerConfigurationInputSchema = z.strictObject({
  id: configurationIdSchema,
  widget: widgetConfigurationSchema.def.shape.widget,
  attributs: configurationAttributsSchema,
});

/**
 * Saves a configuration owned by a partner (its token checked by the caller): creates it, or replaces it when it is
 * already that partner's. The id must start with the partner's id and a hyphen (`mairie-lille-carte` for
 * `mairie-lille`), so that a partner never takes a name the operator or another partner would use; an id held by the
 * operator or by another partner is refused (`conflict`), in the same statement that would write it (no race).
 * Throws `ConfigurationError` for invalid input and for an unknown partner.
 *
 * @example
 * await savePartnerConfiguration(database, 'mairie-lille', { id: 'mairie-lille-carte', widget: 'venue-finder', attributs: { map: 'off' } });
 */
export async function savePartnerConfiguration(
  db: Queryable,
  partenaire: string,
  input: unknown,
): Promise<{ configuration: WidgetConfiguration; created: boolean }> {
  const parsed = partnerConfigurationInputSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw new ConfigurationError(toProblems(parsed.error.issues));
  const { id, widget, attributs } = parsed.data;
  const prefix = `${partenaire}-`;
  if (!id.startsWith(prefix) || id.length === prefix.length) {
    throw new ConfigurationError([
      {
        path: 'id',
        message: `the id of a partner's configuration starts with its partner id and a hyphen, like '${prefix}carte'`,
      },
    ]);
  }
  const { rows: partners } = await db.query('SELECT 1 FROM partenaires WHERE id = $1', [partenaire]);
  if (partners.length === 0) {
    throw new ConfigurationError([{ path: 'partenaire', message: `no partner has the id '${partenaire}'` }]);
  }
  const { rows } = await db.query<ConfigurationRow & { inserted: boolean }>(
    `INSERT INTO configurations (id, widget, attributs, partenaire) VALUES ($1, $2, $3::jsonb, $4)
     ON CONFLICT (id) DO UPDATE SET widget = EXCLUDED.widget, attributs = EXCLUDED.attributs, modifie_le = now()
       WHERE configurations.partenaire = EXCLUDED.partenaire
     RETURNING ${columns}, (xmax = 0) AS inserted`,
    [id, widget, JSON.stringify(attributs), partenaire],
  );
  const row = rows[0];
  if (!row) {
    throw new ConfigurationError(
      [
        {
          path: 'id',
          message: `the configuration '${id}' exists and belongs to the operator or to another partner; choose another id`,
        },
      ],
      'conflict',
    );
  }
  return { configuration: toConfiguration(row), created: row.inserted };
}

/**
 * One configuration, or `undefined`.
 *
 * @example
 * const configuration = await getConfiguration(database, 'mairie-lille');
 */
export async function getConfiguration(db: Queryable, id: string): Promise<WidgetConfiguration | undefined> {
  const { rows } = await db.query<ConfigurationRow>(`SELECT ${columns} FROM configurations WHERE id = $1`, [
    id,
  ]);
  return rows[0] ? toConfiguration(rows[0]) : undefined;
}

/**
 * Every configuration, or a partner's, by id.
 *
 * @example
 * const mine = await listConfigurations(database, { partenaire: 'mairie-lille' });
 */
export async function listConfigurations(
  db: Queryable,
  options: { partenaire?: string | undefined } = {},
): Promise<WidgetConfiguration[]> {
  const { rows } = await db.query<ConfigurationRow>(
    options.partenaire === undefined
      ? `SELECT ${columns} FROM configurations ORDER BY id`
      : `SELECT ${columns} FROM configurations WHERE partenaire = $1 ORDER BY id`,
    options.partenaire === undefined ? [] : [options.partenaire],
  );
  return rows.map(toConfiguration);
}

/**
 * Removes a configuration; `false` when there was none with this id.
 *
 * @example
 * await removeConfiguration(database, 'mairie-lille');
 */
export async function removeConfiguration(db: Queryable, id: string): Promise<boolean> {
  const { rows } = await db.query('DELETE FROM configurations WHERE id = $1 RETURNING id', [id]);
  return rows.length > 0;
}

/**
 * Remote configurations of the widgets (`GET /v1/configurations/{id}`): the attributes of a widget kept on the
 * API, so that `<inclusion-venue-finder config="mairie-lille">` takes them from there and a partner changes its
 * widget without touching the snippet on its pages.
 *
 * @module
 */

import * as z from 'zod/mini';
import { isoDateTimeSchema } from './common.js';
import { partenaireIdSchema, widgetNames } from './evenement.js';

/** Bounds of a configuration, shared by the widgets, the client and the API. */
export const configurationLimits = {
  /** Attributes in one configuration. */
  attributs: 50,
  /** Length of an attribute's value, in characters. */
  valeur: 2_000,
  /** Length of an attribute's name. */
  nom: 64,
} as const;

/** A configuration id, given by the API operator: lowercase kebab-case, 2 to 64 characters. */
export const configurationIdSchema = z
  .string('id must be a text')
  .check(
    z.regex(
      /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/,
      'id must be a configuration id given by the API operator (a-z, 0-9 and -, 2 to 64 characters)',
    ),
  );

/** An attribute name as written on the element: kebab-case (`services`, `map-style`, `data-color`). */
export const attributeNamePattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const attributeName = z.string('an attribute name must be a text').check(
  z.regex(attributeNamePattern, 'attribute names must be kebab-case, like map-style'),
  z.maxLength(
    configurationLimits.nom,
    `attribute names must be at most ${configurationLimits.nom} characters`,
  ),
  // A configuration that named another one would be read in a loop.
  z.refine((name) => name !== 'config', 'a configuration cannot set the config attribute'),
);

const attributeValue = z
  .string('attribute values must be texts, as on the element')
  .check(
    z.maxLength(
      configurationLimits.valeur,
      `attribute values must be at most ${configurationLimits.valeur.toLocaleString('en')} characters`,
    ),
  );

/**
 * A widget's attributes, name → value, as a webmaster would write them on the element (`{ "services":
 * "aide-aux-demarches-administratives", "map": "off" }`): kebab-case names (never `config`), string values of at
 * most `configurationLimits.valeur` characters, at most `configurationLimits.attributs` of them. Which attributes a
 * widget accepts, and their values, are checked by the widget, like attributes written on the page.
 */
export const configurationAttributsSchema = z
  .record(attributeName, attributeValue, {
    // A bad name is reported at its own path with the name's own message, not the record's.
    error: (issue) => {
      const inner = (issue as { issues?: ReadonlyArray<{ message?: string }> }).issues ?? [];
      const messages = inner.map((entry) => entry.message).filter(Boolean);
      return issue.code === 'invalid_key' && messages.length > 0
        ? messages.join('; ')
        : 'attributs must be an object of attribute names to texts';
    },
  })
  .check(
    z.refine(
      (attributs) => Object.keys(attributs).length <= configurationLimits.attributs,
      `attributs must hold at most ${configurationLimits.attributs} attributes`,
    ),
  );

/**
 * A widget configuration, as `GET /v1/configurations/{id}` returns it.
 *
 * @example
 * const configuration = widgetConfigurationSchema.parse(await response.json());
 * for (const [name, value] of Object.entries(configuration.attributs)) element.setAttribute(name, value);
 */
export const widgetConfigurationSchema = z.object({
  /** Its id, the value of the widget's `config` attribute. */
  id: configurationIdSchema,
  /** The widget it configures. */
  widget: z.enum(widgetNames, { error: `widget must be one of ${widgetNames.join(', ')}` }),
  /** The attributes to apply. */
  attributs: configurationAttributsSchema,
  /** The partner it belongs to, if any (statistics). */
  partenaire: z.optional(partenaireIdSchema),
  /** When it last changed (ISO 8601). */
  modifie_le: z.optional(isoDateTimeSchema('modifie_le must be an ISO 8601 date-time with an offset')),
});

/** A widget configuration, as parsed from the API. */
export type WidgetConfiguration = z.infer<typeof widgetConfigurationSchema>;

/** What a fixture or the admin API gives for a configuration (before parsing). */
export type WidgetConfigurationInput = z.input<typeof widgetConfigurationSchema>;

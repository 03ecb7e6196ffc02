import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  adresseListSchema,
  carteParamsSchema,
  carteSchema,
  communeListSchema,
  communeSchema,
  configurationLimits,
  emailPattern,
  evenementLimits,
  evenementsBatchSchema,
  facettesLimits,
  facettesParamsSchema,
  facettesSchema,
  isHttpUrl,
  isIsoDate,
  isoDateTimePattern,
  lieuDetailSchema,
  lieuSchema,
  locales,
  orientationDefinitionSchema,
  ouvertureSchema,
  pageSchema,
  problemSchema,
  quizDefinitionSchema,
  searchParamsSchema,
  statistiqueSchema,
  statistiquesSchema,
  widgetConfigurationSchema,
} from '@inclusion-widgets/core';
import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { registry, toJSONSchema } from 'zod/v4/core';
import type { $ZodType } from 'zod/v4/core';
import { communeSearchLimits } from './communes/search.js';
import { configurationInputSchema } from './configurations/store.js';
import { CONFIGURATION_BODY_LIMIT } from './http/body-limit.js';
import { defaultBodyLimits, formatBytes } from './http/index.js';
import type { BodyLimits } from './http/index.js';

/** A JSON Schema or an OpenAPI object, as plain JSON. */
type Json = Record<string, unknown>;

/** What the document needs to know about this server. */
export interface OpenApiOptions {
  /** The API's version (`info.version`). */
  version: string;
  /** Body limits actually in force, to document them. */
  bodyLimits?: Partial<BodyLimits>;
}

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const response = (name: string): Json => ({ $ref: `#/components/responses/${name}` });

/**
 * The component schemas, generated from the same zod/mini schemas the client validates with. Response bodies are
 * described as the API writes them (`io: 'output'`: defaults filled in); the events batch as a widget writes it.
 */
function componentSchemas(): Record<string, Json> {
  const outputs = registry<{ id: string }>();
  const named: Array<[string, $ZodType]> = [
    ['Ouverture', ouvertureSchema],
    ['Lieu', lieuSchema],
    ['LieuDetail', lieuDetailSchema],
    ['PageLieu', pageSchema(lieuSchema)],
    ['Carte', carteSchema],
    ['Facettes', facettesSchema],
    ['Commune', communeSchema],
    ['CommuneList', communeListSchema],
    ['AdresseList', adresseListSchema],
    ['Problem', problemSchema],
    ['QuizDefinition', quizDefinitionSchema],
    ['OrientationDefinition', orientationDefinitionSchema],
    ['Statistique', statistiqueSchema],
    ['WidgetConfiguration', widgetConfigurationSchema],
    ['Statistiques', statistiquesSchema],
  ];
  for (const [id, schema] of named) outputs.add(schema, { id });
  const generated = toJSONSchema(outputs, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'any',
    override: addFormat,
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, Json> };

  const schemas: Record<string, Json> = {};
  for (const [id, schema] of Object.entries(generated.schemas)) schemas[id] = clean(schema);
  schemas.EvenementsBatch = clean(
    toJSONSchema(evenementsBatchSchema, {
      target: 'draft-2020-12',
      io: 'input',
      unrepresentable: 'any',
      override: addFormat,
    }) as Json,
  );
  const { id: _id, ...configurationInput } = configurationInputSchema.def.shape;
  schemas.ConfigurationInput = clean(
    toJSONSchema(z.strictObject(configurationInput), {
      target: 'draft-2020-12',
      io: 'input',
      unrepresentable: 'any',
      override: addFormat,
    }) as Json,
  );
  schemas.ConfigurationList = {
    type: 'object',
    required: ['items'],
    properties: { items: { type: 'array', items: ref('WidgetConfiguration') } },
  };
  schemas.Health = {
    type: 'object',
    required: ['status', 'database', 'version'],
    properties: {
      status: { const: 'ok' },
      database: {
        type: 'object',
        required: ['kind', 'ok', 'latency_ms'],
        properties: {
          kind: { enum: ['pglite', 'postgres'] },
          ok: { const: true },
          latency_ms: { type: 'number', minimum: 0 },
        },
      },
      version: { type: 'string' },
    },
  };
  schemas.EvenementsAcceptes = {
    type: 'object',
    required: ['acceptes'],
    properties: { acceptes: { type: 'integer', minimum: 1, maximum: evenementLimits.batch } },
  };
  schemas.ImportReport = {
    type: 'object',
    required: ['format', 'dry_run', 'strict', 'total', 'valid', 'written', 'rejected', 'warnings'],
    properties: {
      format: { enum: ['standard-v1', 'standard-v0.1', 'france-services'] },
      dry_run: { type: 'boolean' },
      strict: { type: 'boolean' },
      total: { type: 'integer', minimum: 0, description: 'Rows read.' },
      valid: { type: 'integer', minimum: 0, description: 'Rows that passed validation.' },
      written: { type: 'integer', minimum: 0, description: 'Rows upserted (0 on a dry run).' },
      rejected: {
        type: 'array',
        items: {
          type: 'object',
          required: ['line', 'reasons'],
          properties: {
            line: {
              type: 'integer',
              minimum: 0,
              description:
                'CSV: the line in the file (the header is line 1). JSON: the index of the item, from 0.',
            },
            id: { type: 'string' },
            reasons: {
              type: 'array',
              items: { type: 'string' },
              description: 'Each names the field and what was expected.',
            },
          },
        },
      },
      warnings: {
        type: 'array',
        items: {
          type: 'object',
          required: ['message'],
          properties: {
            line: { type: 'integer', minimum: 0, description: 'Absent for the whole file.' },
            id: { type: 'string' },
            message: { type: 'string' },
          },
        },
      },
    },
  };
  return schemas;
}

/** Drops the per-schema `$schema` and `$id` that the generator writes: the document declares the dialect once. */
/**
 * The JSON Schema `format` of the contract's string formats, which core checks with a pattern or a predicate
 * (core/src/schemas/formats.ts) rather than zod's format schemas, so that the widgets stay small: recognised by
 * their check, and written back here for the document's readers.
 */
function addFormat({ zodSchema, jsonSchema }: { zodSchema: $ZodType; jsonSchema: Json }): void {
  for (const check of zodSchema._zod.def.checks ?? []) {
    const def = check._zod.def as { check: string; fn?: unknown; pattern?: unknown };
    const format =
      def.fn === isHttpUrl
        ? 'uri'
        : def.fn === isIsoDate
          ? 'date'
          : def.pattern === isoDateTimePattern
            ? 'date-time'
            : def.pattern === emailPattern
              ? 'email'
              : undefined;
    if (format) jsonSchema.format = format;
  }
}

function clean(schema: Json): Json {
  const { $schema: _dialect, $id: _id, ...rest } = schema;
  return rest;
}

/** Words for each query parameter shared by searches and maps. */
const parameterDescriptions: Record<string, string> = {
  lat: 'Latitude (WGS 84) of the point to search from; with `lon`.',
  lon: 'Longitude (WGS 84) of the point to search from; with `lat`.',
  commune: 'INSEE code of a commune to search from (its centre), instead of a point.',
  rayon: 'Search radius in metres around the point or commune.',
  bbox: 'A bounding box: west,south,east,north in degrees.',
  territoire:
    'Restricts to a territory: `commune:<INSEE>`, `epci:<SIREN>`, `departement:<code>` or `region:<code>`.',
  q: 'Text searched in names, addresses and communes (insensitive to case and accents).',
  ouvert_maintenant: 'Only places open now (in their own time zone).',
  limit: 'Page size.',
  cursor: 'The `next` cursor of the previous page.',
  page: 'Page number, from 1 (instead of `cursor`).',
  zoom: 'Web map zoom level of the viewport.',
};

/** The query parameters of a zod/mini object schema: lists comma-separated (`style: form, explode: false`). */
function queryParameters(shape: Record<string, $ZodType>, required: readonly string[] = []): Json[] {
  return Object.entries(shape).map(([name, schema]) => {
    const json = clean(
      toJSONSchema(schema, { io: 'input', unrepresentable: 'any', override: addFormat }) as Json,
    );
    const parameter: Json = {
      name,
      in: 'query',
      required: required.includes(name),
      description:
        parameterDescriptions[name] ??
        `Slugs of the standard's field \`${name}\`, comma-separated; a place matches with at least one.`,
      schema: json,
    };
    if (json.type === 'array') Object.assign(parameter, { style: 'form', explode: false });
    return parameter;
  });
}

const json = (schema: Json): Json => ({ 'application/json': { schema } });
const cached = (description: string, content: Json): Json => ({
  description,
  headers: {
    ETag: { $ref: '#/components/headers/ETag' },
    'Cache-Control': { $ref: '#/components/headers/CacheControl' },
  },
  content,
});

/**
 * Builds the OpenAPI 3.1 document of the API: every path of `/v1` with its parameters and error responses, and
 * component schemas generated from `@inclusion-widgets/core`'s zod/mini schemas.
 *
 * @example
 * const document = buildOpenApiDocument({ version: '0.1.0' });
 */
export function buildOpenApiDocument(options: OpenApiOptions): Json {
  const limits = { ...defaultBodyLimits, ...options.bodyLimits };
  const errors = (
    ...codes: Array<'400' | '401' | '403' | '404' | '413' | '415' | '429' | '502' | '503' | '504'>
  ): Json => {
    const names = {
      '400': 'BadRequest',
      '401': 'Unauthorized',
      '403': 'Forbidden',
      '404': 'NotFound',
      '413': 'ContentTooLarge',
      '415': 'UnsupportedMediaType',
      '429': 'TooManyRequests',
      '502': 'BadGateway',
      '503': 'ServiceUnavailable',
      '504': 'GatewayTimeout',
    } as const;
    const entries: Json = {};
    for (const code of codes) entries[code] = response(names[code]);
    entries['500'] = response('InternalServerError');
    return entries;
  };
  const problem = (description: string, headers?: Json): Json => ({
    description,
    ...(headers ? { headers } : {}),
    content: { 'application/problem+json': { schema: ref('Problem') } },
  });
  const idParameter = (name: string, description: string): Json => ({
    name,
    in: 'path',
    required: true,
    description,
    schema: { type: 'string' },
  });
  const bearer = [{ bearer: [] }];
  const langParameter: Json = {
    name: 'lang',
    in: 'query',
    required: false,
    description:
      'The language wanted (`fr`, `en`; a tag such as `en-GB` reads as `en`). The definition in that language when ' +
      'it has one, else in French, else in the one language it has: `Content-Language` and `locale` say which.',
    schema: { type: 'string' },
  };
  const translated = (answer: Json): Json => ({
    ...answer,
    headers: {
      ...(answer.headers as Json),
      'Content-Language': {
        description: 'The language served.',
        schema: { type: 'string', enum: [...locales] },
      },
    },
  });

  return {
    // No jsonSchemaDialect: the OpenAPI 3.1 default (JSON Schema 2020-12 with the OAS vocabulary) is what the
    // schemas are, and Swagger UI warns on any other value.
    openapi: '3.1.0',
    info: {
      title: 'Inclusion widgets API',
      version: options.version,
      description:
        'Places that help with digital tools ("lieux de médiation numérique", national data standard v1), communes, ' +
        'quiz and orientation content, and anonymous statistics. Field names follow the standard; vocabulary values ' +
        'are slugs. Every GET carries an ETag (send it back in `If-None-Match` for a 304) and a Cache-Control; errors ' +
        'are `application/problem+json` (RFC 9457) naming the parameter and what was expected.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'lieux', description: 'Places that help with digital tools.' },
      { name: 'communes', description: 'Communes and addresses, to search from.' },
      { name: 'carte', description: 'The default map background, served offline.' },
      {
        name: 'configurations',
        description: "Widgets' attributes kept on the server, for their `config` attribute.",
      },
      { name: 'contenu', description: 'Quiz and orientation definitions.' },
      { name: 'statistiques', description: 'Anonymous events and weekly aggregates per partner.' },
      { name: 'administration', description: 'Operator endpoints.' },
    ],
    paths: {
      '/health': {
        get: {
          operationId: 'health',
          summary: 'Checks the server and its database',
          responses: {
            '200': {
              description: 'The server and its database answer. Never cached.',
              content: json(ref('Health')),
            },
            '503': response('ServiceUnavailable'),
          },
        },
      },
      '/v1/lieux': {
        get: {
          operationId: 'searchLieux',
          tags: ['lieux'],
          summary: 'Searches places',
          description:
            'By point (`lat`, `lon`) or commune with a radius, by bbox, by territory, by every vocabulary of the standard, ' +
            'by text, open now. Sorted by distance when a point or commune is given; each item carries its `distance` ' +
            '(metres) and its `ouverture` computed in the place\'s own time zone. Cached 60 s ("open now" changes).',
          parameters: queryParameters(searchParamsSchema.def.shape),
          responses: { '200': cached('A page of places.', json(ref('PageLieu'))), ...errors('400', '429') },
        },
      },
      '/v1/lieux/carte': {
        get: {
          operationId: 'carteLieux',
          tags: ['lieux'],
          summary: 'Clusters and points for a map viewport',
          description: 'Never more than a few hundred features, whatever the number of places.',
          parameters: queryParameters(carteParamsSchema.def.shape, ['bbox', 'zoom']),
          responses: {
            '200': cached("The viewport's clusters and points.", json(ref('Carte'))),
            ...errors('400', '429'),
          },
        },
      },
      '/v1/lieux/facettes': {
        get: {
          operationId: 'facettesLieux',
          tags: ['lieux'],
          summary: 'Counts of places by filter value, for a filter panel',
          description:
            'The parameters of a search (`limit`, `cursor` and `page` ignored). `total`: the places the search finds. ' +
            "`facettes[field][slug]`: the places matching the location and every filter except the field's own " +
            '(disjunctive facets), slugs with no place left out. `ouvert_maintenant`: the places matching every other ' +
            `filter that are open now. At most ${facettesLimits.lieux.toLocaleString('en')} places are counted, the ` +
            'nearest first; past that, `complet` is `false`. Cached 60 s ("open now" changes).',
          parameters: queryParameters(facettesParamsSchema.def.shape),
          responses: {
            '200': cached('The counts.', json(ref('Facettes'))),
            ...errors('400', '429'),
          },
        },
      },
      '/v1/lieux.csv': {
        get: {
          operationId: 'exportLieux',
          tags: ['lieux'],
          summary: 'Exports places as CSV in the standard v1',
          description:
            'Exact labels of the standard, `|` between values. Optionally restricted to a territory.',
          parameters: queryParameters({ territoire: searchParamsSchema.def.shape.territoire }),
          responses: {
            '200': cached('The places, one per line, with the header of the standard v1.', {
              'text/csv': { schema: { type: 'string' } },
            }),
            ...errors('400', '429'),
          },
        },
      },
      '/v1/lieux/{id}': {
        get: {
          operationId: 'getLieu',
          tags: ['lieux'],
          summary: 'One place with every field of the standard and its weekly hours',
          parameters: [idParameter('id', "The place's id.")],
          responses: { '200': cached('The place.', json(ref('LieuDetail'))), ...errors('404', '429') },
        },
      },
      '/v1/communes': {
        get: {
          operationId: 'searchCommunes',
          tags: ['communes'],
          summary: 'Autocompletes communes by name or postcode',
          description:
            'Insensitive to case, accents, hyphens and "St"/"Saint"; ranked exact name > prefix > population. Offline data.',
          parameters: [
            {
              name: 'q',
              in: 'query',
              required: true,
              description: 'A name or postcode, or their beginning (1 to 100 characters).',
              schema: { type: 'string', minLength: 1, maxLength: 100 },
            },
            {
              name: 'limit',
              in: 'query',
              required: false,
              description: `How many communes at most; default ${communeSearchLimits.default}.`,
              schema: { type: 'integer', minimum: 1, maximum: communeSearchLimits.max },
            },
          ],
          responses: {
            '200': cached('The matching communes, best first.', json(ref('CommuneList'))),
            ...errors('400', '429'),
          },
        },
      },
      '/v1/communes/{code}': {
        get: {
          operationId: 'getCommune',
          tags: ['communes'],
          summary: 'One commune by INSEE code',
          parameters: [idParameter('code', 'The INSEE code of the commune, e.g. 59350.')],
          responses: { '200': cached('The commune.', json(ref('Commune'))), ...errors('400', '404', '429') },
        },
      },
      '/v1/adresses': {
        get: {
          operationId: 'searchAdresses',
          tags: ['communes'],
          summary: 'Street addresses from the national address API (BAN), when the operator enables it',
          parameters: [
            {
              name: 'q',
              in: 'query',
              required: true,
              description: 'An address, or its beginning (3 to 200 characters).',
              schema: { type: 'string', minLength: 3, maxLength: 200 },
            },
            {
              name: 'limit',
              in: 'query',
              required: false,
              description: `How many addresses at most; default ${communeSearchLimits.default}.`,
              schema: { type: 'integer', minimum: 1, maximum: communeSearchLimits.max },
            },
          ],
          responses: {
            '200': cached('The matching addresses, best first.', json(ref('AdresseList'))),
            ...errors('400', '404', '429', '502', '504'),
          },
        },
      },
      '/v1/carte/style.json': {
        get: {
          operationId: 'carteStyle',
          tags: ['carte'],
          summary: 'The default map style (MapLibre, version 8), offline',
          description:
            'A background and the départements of metropolitan France (fill and outline), drawn from ' +
            '`/v1/carte/departements.geojson` under an absolute URL (`PUBLIC_URL`, else the request’s origin). No text ' +
            'layer, no glyphs, no sprite: nothing is loaded from elsewhere. Cached a day.',
          responses: {
            '200': cached(
              'A MapLibre style document.',
              json({ type: 'object', required: ['version', 'sources', 'layers'] }),
            ),
            ...errors('429'),
          },
        },
      },
      '/v1/carte/departements.geojson': {
        get: {
          operationId: 'carteDepartements',
          tags: ['carte'],
          summary: 'Outlines of the 96 metropolitan départements (GeoJSON)',
          description:
            'Simplified outlines (`code`, `nom`), coordinates rounded to 3 decimals. From gregoiredavid/france-geojson ' +
            '(IGN Admin Express COG 2018), Licence Ouverte 2.0. Immutable for a year under the `v` the style gives, a day otherwise.',
          parameters: [
            {
              name: 'v',
              in: 'query',
              required: false,
              description: 'The version the style names (a hash of the content).',
              schema: { type: 'string' },
            },
          ],
          responses: {
            '200': cached('A GeoJSON FeatureCollection.', {
              'application/geo+json': {
                schema: {
                  type: 'object',
                  required: ['type', 'features'],
                  properties: { type: { const: 'FeatureCollection' } },
                },
              },
            }),
            ...errors('429'),
          },
        },
      },
      '/v1/configurations/{id}': {
        get: {
          operationId: 'getConfiguration',
          tags: ['configurations'],
          summary: "A widget's remote configuration, for its `config` attribute",
          description:
            'The attributes to apply, as a webmaster would write them on the element (kebab-case names, text values, at ' +
            `most ${configurationLimits.attributs}). Cached 5 minutes.`,
          parameters: [idParameter('id', 'The configuration id, e.g. `mairie-lille`.')],
          responses: {
            '200': cached('The configuration.', json(ref('WidgetConfiguration'))),
            ...errors('400', '404', '429'),
          },
        },
      },
      '/v1/admin/configurations': {
        get: {
          operationId: 'listConfigurations',
          tags: ['administration'],
          summary: 'Lists the widget configurations (operator only)',
          security: bearer,
          parameters: [
            {
              name: 'partenaire',
              in: 'query',
              required: false,
              description: "Only this partner's configurations.",
              schema: { type: 'string' },
            },
          ],
          responses: {
            '200': {
              description: 'Every configuration, by id. Never cached.',
              content: json(ref('ConfigurationList')),
            },
            ...errors('400', '401', '404', '429'),
          },
        },
      },
      '/v1/admin/configurations/{id}': {
        put: {
          operationId: 'putConfiguration',
          tags: ['administration'],
          summary: 'Creates or replaces a widget configuration (operator only)',
          description:
            `Answers 404 when \`ADMIN_TOKEN\` is not set on the server. At most ${formatBytes(CONFIGURATION_BODY_LIMIT)}. ` +
            'The partner, if given, must exist. Widgets see the change within the 5 minutes of their caches.',
          security: bearer,
          parameters: [idParameter('id', 'The configuration id: a-z, 0-9 and -, 2 to 64 characters.')],
          requestBody: { required: true, content: json(ref('ConfigurationInput')) },
          responses: {
            '200': { description: 'Replaced.', content: json(ref('WidgetConfiguration')) },
            '201': { description: 'Created.', content: json(ref('WidgetConfiguration')) },
            ...errors('400', '401', '404', '413', '415', '429'),
          },
        },
        delete: {
          operationId: 'deleteConfiguration',
          tags: ['administration'],
          summary: 'Removes a widget configuration (operator only)',
          security: bearer,
          parameters: [idParameter('id', 'The configuration id.')],
          responses: { '204': { description: 'Removed.' }, ...errors('401', '404', '429') },
        },
      },
      '/v1/partenaires/{partenaire}/configurations/{id}': {
        put: {
          operationId: 'putPartnerConfiguration',
          tags: ['configurations'],
          summary: "Creates or replaces one of a partner's widget configurations (the configurator's save)",
          description:
            "With the partner's own token (the one of `GET /v1/statistiques`). The id starts with the partner id and " +
            'a hyphen (`mairie-lille-carte`); an id held by the operator or by another partner answers 409. ' +
            '`partenaire`, if given in the body, must be the one of the path. Never cached.',
          security: bearer,
          parameters: [
            idParameter('partenaire', 'The partner id given by the operator, e.g. `mairie-lille`.'),
            idParameter('id', 'The configuration id: the partner id, a hyphen, then a-z, 0-9 and -.'),
          ],
          requestBody: { required: true, content: json(ref('ConfigurationInput')) },
          responses: {
            '200': { description: 'Replaced.', content: json(ref('WidgetConfiguration')) },
            '201': { description: 'Created.', content: json(ref('WidgetConfiguration')) },
            '409': problem('The id belongs to the operator or to another partner.'),
            ...errors('400', '401', '403', '413', '415', '429'),
          },
        },
      },
      '/v1/quiz/{id}': {
        get: {
          operationId: 'getQuiz',
          tags: ['contenu'],
          summary: 'A quiz definition',
          parameters: [idParameter('id', 'The quiz id, e.g. `competences-numeriques`.'), langParameter],
          responses: {
            '200': translated(cached('The quiz definition.', json(ref('QuizDefinition')))),
            ...errors('404', '429'),
          },
        },
      },
      '/v1/orientations/{id}': {
        get: {
          operationId: 'getOrientation',
          tags: ['contenu'],
          summary: 'An orientation definition',
          parameters: [idParameter('id', 'The orientation id.'), langParameter],
          responses: {
            '200': translated(cached('The orientation definition.', json(ref('OrientationDefinition')))),
            ...errors('404', '429'),
          },
        },
      },
      '/v1/evenements': {
        post: {
          operationId: 'postEvenements',
          tags: ['statistiques'],
          summary: 'Sends anonymous events',
          description:
            `1 to ${evenementLimits.batch} events of one partner, at most ${formatBytes(limits.default)}. Only weekly counters are ` +
            'kept: no IP address, no identifier, no time finer than the week. `text/plain` is accepted for `navigator.sendBeacon`.',
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: ref('EvenementsBatch') },
              'text/plain': { schema: ref('EvenementsBatch') },
            },
          },
          responses: {
            '202': { description: 'Counted.', content: json(ref('EvenementsAcceptes')) },
            ...errors('400', '413', '415', '429'),
          },
        },
      },
      '/v1/statistiques': {
        get: {
          operationId: 'getStatistiques',
          tags: ['statistiques'],
          summary: "A partner's weekly aggregates",
          security: bearer,
          parameters: [
            {
              name: 'partenaire',
              in: 'query',
              required: true,
              description: 'Your partner id.',
              schema: { type: 'string' },
            },
            {
              name: 'depuis',
              in: 'query',
              required: false,
              description:
                'First day (YYYY-MM-DD): counters from the week containing it. Default: 12 weeks ago.',
              schema: { type: 'string', format: 'date' },
            },
          ],
          responses: {
            '200': {
              description: 'Weekly counters, oldest first. Private.',
              content: json(ref('Statistiques')),
            },
            ...errors('400', '401', '403', '429'),
          },
        },
      },
      '/v1/admin/import': {
        post: {
          operationId: 'importLieux',
          tags: ['administration'],
          summary: 'Imports places (operator only)',
          description:
            'Each row validated against the standard; valid rows upserted by id in one transaction; every rejected row ' +
            `reported with its line. Answers 404 when \`ADMIN_TOKEN\` is not set on the server. At most ${formatBytes(limits.import)}.`,
          security: bearer,
          parameters: [
            {
              name: 'format',
              in: 'query',
              required: true,
              schema: { enum: ['standard-v1', 'standard-v0.1', 'france-services'] },
              description: 'The format of the file.',
            },
            {
              name: 'dry_run',
              in: 'query',
              required: false,
              schema: { type: 'boolean' },
              description: 'Validate only, write nothing.',
            },
            {
              name: 'strict',
              in: 'query',
              required: false,
              schema: { type: 'boolean' },
              description: 'Reject the whole file if any row is bad.',
            },
            {
              name: 'date_maj',
              in: 'query',
              required: false,
              schema: { type: 'string', format: 'date' },
              description: 'france-services: the `date_maj` of every place (default: today).',
            },
          ],
          requestBody: {
            required: true,
            content: {
              'text/csv': { schema: { type: 'string' } },
              'application/json': { schema: { type: 'array', items: { type: 'object' } } },
            },
          },
          responses: {
            '200': {
              description: 'What was read, written and rejected.',
              content: json(ref('ImportReport')),
            },
            ...errors('400', '401', '404', '413', '429'),
          },
        },
      },
      '/v1/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: 'This document',
          responses: { '200': cached('The OpenAPI 3.1 document.', json({ type: 'object' })) },
        },
      },
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description:
            "A partner token (statistics) or the operator's `ADMIN_TOKEN` (import, configurations).",
        },
      },
      headers: {
        ETag: {
          description: 'Strong validator of the body; send it in `If-None-Match` for a 304.',
          schema: { type: 'string' },
        },
        CacheControl: { description: 'How long caches may keep the answer.', schema: { type: 'string' } },
        RetryAfter: {
          description: 'Seconds to wait before trying again.',
          schema: { type: 'integer', minimum: 1 },
        },
      },
      responses: {
        BadRequest: problem(
          'A parameter or field is invalid; `errors` names each one with what was expected.',
        ),
        Unauthorized: problem(
          'The `Authorization: Bearer <token>` header is missing (or, for the import, wrong).',
        ),
        Forbidden: problem('The token does not give access to this resource.'),
        NotFound: problem('Nothing with this id (or the feature is disabled on this server).'),
        ContentTooLarge: problem('The body is larger than the limit named in `detail`.'),
        UnsupportedMediaType: problem('The body is not in an accepted media type.'),
        TooManyRequests: problem('Too many requests from this address; wait `Retry-After` seconds.', {
          'Retry-After': { $ref: '#/components/headers/RetryAfter' },
        }),
        InternalServerError: problem('An unexpected error, logged on the server.'),
        ServiceUnavailable: problem('The database does not answer.'),
        BadGateway: problem('The national address service answered with an error.'),
        GatewayTimeout: problem('The national address service did not answer in time.'),
      },
    },
  };
}

let swaggerCache: Map<string, { body: Uint8Array<ArrayBuffer>; type: string }> | undefined;

/** The `swagger-ui-dist` files `/docs` needs, read once per process. */
function swaggerFiles(): Map<string, { body: Uint8Array<ArrayBuffer>; type: string }> {
  if (swaggerCache) return swaggerCache;
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('swagger-ui-dist/package.json'));
  const files = new Map<string, { body: Uint8Array<ArrayBuffer>; type: string }>();
  const types: Record<string, string> = {
    'swagger-ui.css': 'text/css; charset=utf-8',
    'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
    'favicon-32x32.png': 'image/png',
  };
  for (const [name, type] of Object.entries(types))
    files.set(name, { body: new Uint8Array(readFileSync(join(dir, name))), type });
  swaggerCache = files;
  return files;
}

const DOCS_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Inclusion widgets API — reference</title>
    <link rel="icon" href="ui/favicon-32x32.png">
    <link rel="stylesheet" href="ui/swagger-ui.css">
  </head>
  <body>
    <div id="swagger-ui"><p>Loading the API reference… The raw document is at <a href="../v1/openapi.json">/v1/openapi.json</a>.</p></div>
    <script src="ui/swagger-ui-bundle.js"></script>
    <script src="init.js"></script>
  </body>
</html>
`;

const DOCS_INIT = `// Renders /v1/openapi.json with Swagger UI (kept out of the page so that a strict CSP allows it).
window.ui = SwaggerUIBundle({ url: new URL('../v1/openapi.json', document.baseURI).href, dom_id: '#swagger-ui', deepLinking: true });
`;

/** No inline script; Swagger UI sets inline styles, and loads nothing from elsewhere. */
const DOCS_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

/**
 * Serves the document at `/v1/openapi.json` and renders it at `/docs/` with Swagger UI, from `swagger-ui-dist`
 * in node_modules (no third-party call), under a CSP without inline scripts.
 */
export function registerOpenApi(app: Hono, options: OpenApiOptions): void {
  const document = JSON.stringify(buildOpenApiDocument(options));
  const files = swaggerFiles();
  app.get('/v1/openapi.json', (c) =>
    c.body(document, 200, { 'Content-Type': 'application/json; charset=utf-8' }),
  );
  app.get('/docs', (c) => c.redirect(`/docs/${new URL(c.req.url).search}`, 301));
  app.get('/docs/', (c) =>
    c.body(DOCS_PAGE, 200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': DOCS_CSP,
    }),
  );
  app.get('/docs/init.js', (c) =>
    c.body(DOCS_INIT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }),
  );
  app.get('/docs/ui/:file', (c) => {
    const file = files.get(c.req.param('file'));
    if (!file) return c.notFound();
    return c.body(file.body, 200, { 'Content-Type': file.type, 'Cache-Control': 'public, max-age=86400' });
  });
}

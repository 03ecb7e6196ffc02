// `inclusion-api configuration create|list|remove`: the operator's way to manage widget configurations.
import { parseArgs } from 'node:util';
import type { WidgetConfiguration } from '@inclusion-widgets/core';
import { openCommandDatabase } from '../command-database.js';
import type { Database } from '../database.js';
import { ConfigurationError, listConfigurations, removeConfiguration, saveConfiguration } from './store.js';

/** Where the configuration command writes. */
export interface ConfigurationCommandIo {
  /** Normal output. */
  stdout: (text: string) => void;
  /** Errors and usage. */
  stderr: (text: string) => void;
}

/** Usage of `inclusion-api configuration`. */
export const CONFIGURATION_USAGE = `Usage: inclusion-api configuration create <id> --widget venue-finder|quiz|orientation
                                          [--partenaire <partner id>] [--replace] [name=value ...]
       inclusion-api configuration list [--partenaire <partner id>]
       inclusion-api configuration remove <id>

A configuration holds a widget's attributes, which the widget reads from GET /v1/configurations/<id> when the page
gives it config="<id>". Attributes are written as on the element: name=value, kebab-case names (radius-km=20,
services=aide-aux-demarches-administratives); at most 50, values up to 2,000 characters. --replace overwrites an
existing configuration. Servers keep a configuration up to 5 minutes in their caches (and in browsers').
`;

/** Reads `name=value` arguments (the value may contain `=`); a name given twice keeps its last value. */
function readAttributes(args: readonly string[]): Record<string, string> | string {
  const attributs: Record<string, string> = {};
  for (const arg of args) {
    const equals = arg.indexOf('=');
    if (equals <= 0) return `'${arg}' is not an attribute: write name=value, e.g. radius-km=20`;
    attributs[arg.slice(0, equals)] = arg.slice(equals + 1);
  }
  return attributs;
}

function describe(configuration: WidgetConfiguration): string {
  const attributs = Object.entries(configuration.attributs)
    .map(([name, value]) => `  ${name}=${value}`)
    .join('\n');
  const partner = configuration.partenaire ? `, partner ${configuration.partenaire}` : '';
  return `${configuration.id} (${configuration.widget}${partner}, changed ${configuration.modifie_le ?? '?'})\n${attributs}`;
}

/**
 * Runs `inclusion-api configuration …` (arguments after `configuration`) on a migrated database. Returns the exit
 * code: 0 done, 1 refused (invalid attributes, unknown partner, id taken or unknown), 2 usage error.
 *
 * @example
 * const code = await runConfigurationCommand(['create', 'mairie-lille', '--widget', 'venue-finder', 'radius-km=20'], database, io);
 */
export async function runConfigurationCommand(
  args: readonly string[],
  database: Database,
  io: ConfigurationCommandIo,
): Promise<number> {
  const usage = (message: string): number => {
    io.stderr(`inclusion-api configuration: ${message}\n\n${CONFIGURATION_USAGE}`);
    return 2;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        widget: { type: 'string' },
        partenaire: { type: 'string' },
        replace: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [action, ...rest] = positionals;
  try {
    switch (action) {
      case 'create': {
        const [id, ...pairs] = rest;
        if (id === undefined) return usage('create needs an id');
        if (values.widget === undefined)
          return usage('create needs --widget venue-finder, quiz or orientation');
        const attributs = readAttributes(pairs);
        if (typeof attributs === 'string') return usage(attributs);
        const { configuration, created } = await saveConfiguration(
          database,
          {
            id,
            widget: values.widget,
            attributs,
            ...(values.partenaire === undefined ? {} : { partenaire: values.partenaire }),
          },
          { replace: values.replace },
        );
        io.stdout(
          `Configuration ${created ? 'created' : 'replaced'}: ${describe(configuration)}\n` +
            `Widgets read it with config="${configuration.id}" (GET /v1/configurations/${configuration.id}).\n`,
        );
        return 0;
      }
      case 'list': {
        if (rest.length > 0) return usage(`list takes no argument (got ${rest.join(' ')})`);
        if (values.widget !== undefined || values.replace) return usage('list takes only --partenaire');
        const items = await listConfigurations(database, { partenaire: values.partenaire });
        io.stdout(items.length === 0 ? 'No configuration.\n' : `${items.map(describe).join('\n\n')}\n`);
        return 0;
      }
      case 'remove': {
        const [id, ...extra] = rest;
        if (id === undefined || extra.length > 0) return usage('remove takes one id');
        if (!(await removeConfiguration(database, id))) {
          io.stderr(`No configuration has the id '${id}'.\n`);
          return 1;
        }
        io.stdout(`Configuration ${id} removed.\n`);
        return 0;
      }
      default:
        return usage(action ? `unknown action « ${action} »` : 'no action given');
    }
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    io.stderr(
      `Configuration refused:\n${error.problems.map((problem) => `  - ${problem.path ? `${problem.path}: ` : ''}${problem.message}`).join('\n')}\n`,
    );
    return 1;
  }
}

/**
 * `inclusion-api configuration …` as a whole: opens the server's database (`DATABASE_URL`, else PGlite in
 * `PGLITE_DATA_DIR`), applies the migrations, runs the command and closes the database. Returns the exit code.
 */
export async function runConfigurationCli(
  args: readonly string[],
  env: Record<string, string | undefined>,
  io: ConfigurationCommandIo,
): Promise<number> {
  if (args.length === 0 || args[0] === '--help' || args[0] === '-h') {
    io.stdout(CONFIGURATION_USAGE);
    return args.length === 0 ? 2 : 0;
  }
  let database: Database | undefined;
  try {
    ({ database } = await openCommandDatabase(env));
    return await runConfigurationCommand(args, database, io);
  } catch (error) {
    io.stderr(`inclusion-api: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await database?.close().catch(() => undefined);
  }
}

import { partenaireIdSchema } from '@inclusion-widgets/core';
import { openCommandDatabase } from '../command-database.js';
import type { Database } from '../database.js';
import { createPartner } from './store.js';

/** Where the partner command writes. */
export interface PartnerCommandIo {
  /** Normal output (the token). */
  stdout: (text: string) => void;
  /** Errors and usage. */
  stderr: (text: string) => void;
}

/** Usage of `inclusion-api partenaire`. */
export const PARTNER_USAGE = `Usage: inclusion-api partenaire create <id> <name> [--new-token]

Creates a partner (a site that embeds the widgets and sends anonymous statistics) and prints its token once.
The token is stored only as a SHA-256 hash: keep it, it cannot be shown again. --new-token gives an existing
partner a new token (the old one stops working).
`;

/**
 * Runs `inclusion-api partenaire …` (arguments after `partenaire`) on a migrated database. Returns the exit code.
 *
 * @example
 * const code = await runPartnerCommand(['create', 'mairie-exemple', 'Mairie d’Exemple'], database, io);
 */
export async function runPartnerCommand(
  args: readonly string[],
  database: Database,
  io: PartnerCommandIo,
): Promise<number> {
  const flags = new Set(args.filter((arg) => arg.startsWith('--')));
  const [action, id, ...nameParts] = args.filter((arg) => !arg.startsWith('--'));
  const unknownFlags = [...flags].filter((flag) => flag !== '--new-token');
  if (action !== 'create' || id === undefined || nameParts.length === 0 || unknownFlags.length > 0) {
    if (unknownFlags.length > 0) io.stderr(`Unknown option ${unknownFlags.join(', ')}.\n`);
    io.stderr(PARTNER_USAGE);
    return 2;
  }
  const parsed = partenaireIdSchema.safeParse(id);
  if (!parsed.success) {
    io.stderr(
      `Invalid partner id '${id}': use lowercase letters, digits and -, up to 64 characters (e.g. mairie-lille).\n`,
    );
    return 2;
  }
  const nom = nameParts.join(' ').trim();
  try {
    const partner = await createPartner(database, { id, nom }, { replaceToken: flags.has('--new-token') });
    io.stdout(
      `Partner '${partner.id}' (${partner.nom}) ready. Its token, shown only this once:\n\n${partner.token}\n\n` +
        `The partner reads its statistics with:\n` +
        `  curl -H "Authorization: Bearer ${partner.token}" "https://<api>/v1/statistiques?partenaire=${partner.id}"\n`,
    );
    return 0;
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/**
 * `inclusion-api partenaire …` as a whole: opens the server's database (`DATABASE_URL`, else PGlite in
 * `PGLITE_DATA_DIR`), applies the migrations, runs the command and closes the database. Returns the exit code.
 */
export async function runPartnerCli(
  args: readonly string[],
  env: Record<string, string | undefined>,
  io: PartnerCommandIo,
): Promise<number> {
  if (args.length === 0 || args[0] === '--help' || args[0] === '-h') {
    io.stdout(PARTNER_USAGE);
    return args.length === 0 ? 2 : 0;
  }
  let database: Database | undefined;
  try {
    ({ database } = await openCommandDatabase(env));
    return await runPartnerCommand(args, database, io);
  } catch (error) {
    io.stderr(`inclusion-api: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await database?.close().catch(() => undefined);
  }
}

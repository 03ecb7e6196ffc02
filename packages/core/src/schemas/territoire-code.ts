// Territories written `type:code`, without zod: the widgets read their `territory` attribute with
// `parseTerritoire` before any schema loads (territoire.ts builds the schema on it).
import { departementCodePattern, epciCodePattern, inseeCodePattern, regionCodePattern } from './codes.js';

/** The kinds of territory a search can be restricted to, each with the pattern of its code. */
export const territoireTypes = {
  commune: inseeCodePattern,
  epci: epciCodePattern,
  departement: departementCodePattern,
  region: regionCodePattern,
} as const;

/** A kind of territory: `commune` (INSEE code), `epci` (SIREN), `departement` or `region` (official codes). */
export type TerritoireType = keyof typeof territoireTypes;

/** A territory split into its kind and code. */
export interface Territoire {
  /** The kind of territory. */
  readonly type: TerritoireType;
  /** Its official code. */
  readonly code: string;
}

/**
 * Reads a territory written `type:code` (`commune:59350`, `epci:200093201`, `departement:59`, `region:32`),
 * or returns `undefined` when it is not one.
 *
 * @example
 * parseTerritoire('departement:2A'); // { type: 'departement', code: '2A' }
 * parseTerritoire('pays:FR');        // undefined
 */
export function parseTerritoire(value: string): Territoire | undefined {
  const separator = value.indexOf(':');
  if (separator < 0) return undefined;
  const type = value.slice(0, separator);
  const code = value.slice(separator + 1);
  if (!Object.hasOwn(territoireTypes, type)) return undefined;
  const kind = type as TerritoireType;
  return territoireTypes[kind].test(code) ? { type: kind, code } : undefined;
}

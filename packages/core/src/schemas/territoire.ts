import * as z from 'zod/mini';
import { parseTerritoire } from './territoire-code.js';

export { parseTerritoire, territoireTypes } from './territoire-code.js';
export type { Territoire, TerritoireType } from './territoire-code.js';

/** A territory written `type:code`, e.g. `departement:59`. */
export const territoireSchema = z
  .string()
  .check(
    z.refine(
      (value) => parseTerritoire(value) !== undefined,
      'territoire must be commune:<INSEE code>, epci:<SIREN>, departement:<code> or region:<code>, e.g. departement:59',
    ),
  );

// The patterns of official codes, without zod: widgets check attributes with them before any schema loads
// (common.ts builds the schemas on them).

/** Official geographic code of a commune (code INSEE), as the standard's `code_insee` pattern accepts it. */
export const inseeCodePattern = /^([013-9]\d|2[AB1-9])\d{3}$/;

/** A five-digit French postcode. */
export const postcodePattern = /^\d{5}$/;

/** A département code: 01–95 with 2A and 2B for Corsica, 971–978 and 984–989 overseas. */
export const departementCodePattern = /^(0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-8]|98[4-9])$/;

/** A region code of the official geographic code (two digits). */
export const regionCodePattern = /^\d{2}$/;

/** The SIREN number of an EPCI (intercommunal body): nine digits. */
export const epciCodePattern = /^\d{9}$/;

/** The package's version, given to the guarded `define` (two versions on one page are told apart). */
export const version = '0.1.0';

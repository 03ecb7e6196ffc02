import * as z from 'zod/mini';

/**
 * A paginated list of `item`: `{ items, total, limit, next }`. `next` is an opaque cursor for the following
 * page (pass it back as `cursor`), `null` or absent on the last page.
 *
 * @example
 * const lieuPageSchema = pageSchema(lieuSchema);
 * const page = lieuPageSchema.parse(body); // page.items: Lieu[]
 */
export function pageSchema<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item, 'items must be an array'),
    total: z.int('total must be an integer').check(z.gte(0, 'total must be ≥ 0')),
    limit: z.int('limit must be an integer').check(z.gte(1, 'limit must be ≥ 1')),
    next: z.optional(z.nullable(z.string('next must be a string cursor or null'))),
  });
}

/** A page of items, as parsed from the API. */
export interface Page<T> {
  /** The items of this page, in order. */
  items: T[];
  /** How many items match in all. */
  total: number;
  /** The page size that was applied. */
  limit: number;
  /** Cursor of the next page; `null` or absent on the last page. */
  next?: string | null | undefined;
}

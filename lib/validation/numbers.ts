import { z } from 'zod';

/** The largest value of a 32-bit integer column (PostgreSQL's `integer`); past it the database refuses the query. */
export const MAX_DATABASE_INT = 2_147_483_647;

/** A count kept in an integer column (a translation's version, a revision or publication number), from `min`. */
export const counterSchema = (min: number) => z.number().int().min(min).max(MAX_DATABASE_INT);

/** A translation's version, as the client last saw it. */
export const versionSchema = counterSchema(0);

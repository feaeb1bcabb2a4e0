// The curriculum's size limit, apart from its schema (core/domain.ts): a record reads a course file
// through the validation cache (store/curriculum-cache.ts), which must not load zod to know it.

/** Above this the file is refused before parsing: a curriculum is kilobytes, not megabytes. */
export const MAX_DOMAIN_BYTES = 2 * 1024 * 1024;

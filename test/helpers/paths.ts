import { fileURLToPath } from "node:url";

export const TMP_DIR = fileURLToPath(new URL("../.tmp/", import.meta.url));
/** Migrated and seeded. */
export const TEMPLATE = `${TMP_DIR}template.db`;
/** Migrated, no records. */
export const EMPTY_TEMPLATE = `${TMP_DIR}empty.db`;
export const ARTICLE = fileURLToPath(new URL("../fixtures/seed-article.txt", import.meta.url));

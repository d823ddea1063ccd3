// What the repositories share, by job: parts.ts (external ids, short forms,
// fields), pages.ts (keyset pages, templates, exports) and matching.ts (the
// filters' shared SQL). Kept as one import for code written before the split.
export * from "./parts.ts";
export * from "./pages.ts";
export * from "./matching.ts";
export type { Collection } from "../domain/collections.ts";

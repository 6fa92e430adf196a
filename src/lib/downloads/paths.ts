/** Stable paths of the data downloads (inside the site, without the base path): public URLs, keep them. */

/**
 * One role's data: data/roles/<id>.json. Its CSV is no file of its own (one per page would double
 * the site's data bytes): the page makes it in the browser from this JSON (RoleDownloads.astro).
 */
export const roleDataPath = (id: string): string => `data/roles/${id}.json`;

/** The whole dataset as one JSON document. */
export const DATASET_JSON = 'data/role-atlas.json';

/** The source CSV files, formula-safe, with a README, as one zip. */
export const DATASET_CSV_ZIP = 'data/role-atlas-csv.zip';

/** Every source the site cites, by id (chart JSON downloads made in the browser take their source details from it). */
export const SOURCES_JSON = 'data/sources.json';

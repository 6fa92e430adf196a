/** Stable paths of the data downloads (inside the site, without the base path): public URLs, keep them. */

/** One role's data: data/roles/<id>.json or .csv. */
export const roleDataPath = (id: string, format: 'json' | 'csv'): string => `data/roles/${id}.${format}`;

/** The whole dataset as one JSON document. */
export const DATASET_JSON = 'data/role-atlas.json';

/** The source CSV files, formula-safe, with a README, as one zip. */
export const DATASET_CSV_ZIP = 'data/role-atlas-csv.zip';

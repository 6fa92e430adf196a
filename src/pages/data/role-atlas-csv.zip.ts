// /data/role-atlas-csv.zip: the data folder's CSV files, formula-safe, with README.txt.
import type { APIRoute } from 'astro';
import { datasetZip } from '@/lib/downloads/dataset';
import { readDataCsvFiles } from '@/lib/downloads/load-dataset';
import { loadCatalogue } from '@/lib/site/load';

export const GET: APIRoute = () =>
  new Response(Buffer.from(datasetZip(readDataCsvFiles(), loadCatalogue().sources)), {
    headers: { 'Content-Type': 'application/zip' },
  });

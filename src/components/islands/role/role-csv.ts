/**
 * A role page's CSV, made in the browser on click: the link points at the page's JSON (what it
 * gives without JavaScript); this reads that JSON and saves the same rows the CSV always held.
 */
import { roleCsvFromJson, type RoleJsonDocument } from '@/lib/downloads/role-data';

/** Saves `text` as the file `name` (an object URL on a temporary link, revoked once clicked). */
function save(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Fetches the JSON the link points at and saves its CSV under the link's data-role-csv name. */
export async function saveRoleCsv(link: HTMLAnchorElement): Promise<void> {
  const response = await fetch(link.href);
  if (!response.ok) {
    // The JSON itself is the download the page promises when its CSV cannot be made.
    window.location.assign(link.href);
    return;
  }
  const json = (await response.json()) as RoleJsonDocument;
  save(link.dataset.roleCsv ?? 'role.csv', roleCsvFromJson(json), 'text/csv;charset=utf-8');
}

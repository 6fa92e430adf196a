/**
 * Loaded on intent by the header's search launcher (never before): renders the search dialog
 * into the page once and starts downloading the index straight away.
 */
import { createRoot } from 'react-dom/client';
import { loadSearchClient } from '@/components/islands/search/engine-client';
import { SearchDialog, type SearchDialogHandle } from '@/components/islands/search/SearchDialog';

export interface SearchDialogApi {
  open(returnTo: Element | null): void;
}

export function mountSearchDialog(): SearchDialogApi {
  loadSearchClient().catch(() => undefined); // the dialog shows the failure when it opens
  const host = document.createElement('div');
  host.dataset.searchDialog = '';
  document.body.append(host);
  let handle: SearchDialogHandle | null = null;
  let waiting: { returnTo: Element | null } | undefined;
  createRoot(host).render(
    <SearchDialog
      ref={(ready) => {
        handle = ready;
        if (ready && waiting) ready.open(waiting.returnTo);
        waiting = undefined;
      }}
    />,
  );
  return {
    open(returnTo) {
      if (handle) handle.open(returnTo);
      else waiting = { returnTo };
    },
  };
}

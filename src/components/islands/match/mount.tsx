/** Starts the skills matcher in its container on /match/ (called by the page's loader script). */
import { createRoot, type Root } from 'react-dom/client';
import { MatchTool, type MatchToolProps } from '@/components/islands/match/MatchTool';

export function mount(container: HTMLElement, props: MatchToolProps): Root {
  const root = createRoot(container);
  root.render(<MatchTool {...props} />);
  return root;
}

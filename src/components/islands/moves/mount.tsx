/** Starts the career-move tool in its container on /moves/ (called by the page's loader script). */
import { createRoot, type Root } from 'react-dom/client';
import { MoveTool, type MoveToolProps } from '@/components/islands/moves/MoveTool';

export function mount(container: HTMLElement, props: MoveToolProps): Root {
  const root = createRoot(container);
  root.render(<MoveTool {...props} />);
  return root;
}

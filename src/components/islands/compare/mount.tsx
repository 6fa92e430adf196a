/** Starts the comparison tool in a container of the /compare/ page (called by its loader script). */
import { createRoot, type Root } from 'react-dom/client';
import { CompareTool, type CompareToolProps } from '@/components/islands/compare/CompareTool';

export function mount(container: HTMLElement, props: CompareToolProps): Root {
  const root = createRoot(container);
  root.render(<CompareTool {...props} />);
  return root;
}

/** The two lines of a result: its name (highlighted) and a short line of what it is. */
import type { ResultItem } from '@/lib/search/present';
import { Highlighted } from '@/components/islands/search/Highlighted';

export function ResultText({ item, titleClassName = 'text-ink' }: { item: ResultItem; titleClassName?: string }) {
  return (
    <>
      <span className={`block font-medium ${titleClassName}`}>
        {item.alias ? item.entry.title : <Highlighted text={item.text} ranges={item.ranges} />}
      </span>
      <span className="block text-sm text-muted">
        {item.alias ? (
          <>
            Also called “<Highlighted text={item.text} ranges={item.ranges} />” · {item.entry.detail}
          </>
        ) : (
          item.entry.detail
        )}
      </span>
    </>
  );
}

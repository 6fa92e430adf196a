/**
 * Finding the site's vocabulary terms in free text (a resume, a job ad), in the browser, in time
 * linear in the text: the text is split into words once, and a trie of words (each node a hash map
 * from the next word) finds every multi-word term starting at each word. The walk from one word
 * stops after at most the longest term's length in words, so the work is (words × that length),
 * never (words × terms) and never a regular expression per term.
 *
 * Terms and text are normalised the same way (lower case, accents and punctuation dropped, "c++"
 * and "c#" kept), so "Customer-Service" in a text finds the term "Customer Service".
 */

/** Words of a text: runs of letters and digits, with trailing "+" or "#" kept (C++, C#, F#). */
const WORD = /[\p{L}\p{N}]+[+#]*/gu;
const MARKS = /\p{M}/gu;

/** The normalised words of a text, in order. Linear in the text. */
export function words(text: string): string[] {
  return Array.from(text.normalize('NFKD').replace(MARKS, '').toLowerCase().matchAll(WORD), (m) => m[0]);
}

/** A term's key: its normalised words joined by single spaces (two names with one key are one term). */
export const termKey = (name: string): string => words(name).join(' ');

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The term ending at this word, if one does. */
  term?: number;
}

export interface TermMatcher {
  /** Terms found in `text`, each once, in order of first appearance: indexes into the terms given. */
  find(text: string): number[];
}

/**
 * A matcher for `terms` (display names). A single word of one character ("R", "C") is never matched
 * in text, where it is mostly a letter, not a skill; it can still be picked from the list.
 */
export function termMatcher(terms: readonly string[]): TermMatcher {
  const root: TrieNode = { next: new Map() };
  let longest = 0;
  terms.forEach((name, index) => {
    const parts = words(name);
    if (parts.length === 0 || (parts.length === 1 && parts[0]!.length < 2)) return;
    let node = root;
    for (const part of parts) {
      let child = node.next.get(part);
      if (!child) node.next.set(part, (child = { next: new Map() }));
      node = child;
    }
    node.term ??= index;
    longest = Math.max(longest, parts.length);
  });
  return {
    find(text) {
      const tokens = words(text);
      const found = new Set<number>();
      // Leftmost-longest: from each word the longest term starting there wins, and the scan moves past
      // it, so "Customer Service" does not also count "Service" (bounded: at most `longest` steps each).
      for (let i = 0; i < tokens.length;) {
        let node: TrieNode | undefined = root;
        let match: { term: number; end: number } | undefined;
        for (let j = i; j < tokens.length && j - i < longest; j++) {
          node = node.next.get(tokens[j]!);
          if (!node) break;
          if (node.term !== undefined) match = { term: node.term, end: j + 1 };
        }
        if (match) {
          found.add(match.term);
          i = match.end;
        } else i++;
      }
      return [...found];
    },
  };
}

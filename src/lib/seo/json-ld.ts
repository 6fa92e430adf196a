/**
 * JSON-LD goes inside a <script> element, where the HTML parser ends the script at the first
 * "</script" whatever the JSON means. Escaping <, > and & as JSON unicode escapes keeps the same
 * JSON value while leaving no markup the parser could act on; U+2028/U+2029 are escaped so older
 * JavaScript parsers reading it as a script literal do not break.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** The JSON text of a JSON-LD object, safe to place between <script type="application/ld+json"> tags. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (char) => ESCAPES[char]!);
}

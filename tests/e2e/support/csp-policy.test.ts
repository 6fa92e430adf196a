/** Self-test of the static CSP check: it passes a page that keeps the rules and names each broken one. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { policyProblems } from './csp-policy';

const code = 'document.documentElement.dataset.x = "1";';
const hash = `sha256-${createHash('sha256').update(code).digest('base64')}`;
const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;
const GOOD = `default-src 'self';object-src 'none';base-uri 'self';img-src 'self' data: blob:; script-src 'self' '${hash}'`;

describe('policyProblems', () => {
  it('passes a page with the policy and its inline script hashed, and ignores JSON-LD', () => {
    const html = `<head>${meta(GOOD)}</head><body><script>${code}</script><script type="application/ld+json">{}</script></body>`;
    expect(policyProblems(html)).toEqual([]);
  });

  it('names a missing policy, an unhashed script, a script before the policy and loose sources', () => {
    expect(policyProblems('<p>x</p>')).toEqual(['has no Content-Security-Policy <meta>']);
    const loose = GOOD.replace("object-src 'none'", "object-src 'self'").replace(
      "script-src 'self'",
      "script-src 'self' 'unsafe-inline' https://cdn.example.com",
    );
    const problems = policyProblems(`<script>${code}</script>${meta(loose)}<script>other()</script>`);
    expect(problems).toContain(`object-src is "'self'", expected "'none'"`);
    expect(problems).toContain("script-src allows 'unsafe-inline'");
    expect(problems).toContain('script-src allows https://cdn.example.com');
    expect(problems).toContain('an inline script comes before the policy <meta>');
    expect(problems.some((p) => /hash .* is not listed/.test(p))).toBe(true);
  });

  it('reads "<script" in an attribute value as text, not as a script', () => {
    const html = `<head>${meta(GOOD)}<meta name="description" content="Skill <script>x"></head><body><script>${code}</script></body>`;
    expect(policyProblems(html)).toEqual([]);
  });

  it("names a hash that no inline script or style of the page has (another page's script)", () => {
    const other = `sha256-${createHash('sha256').update('other()').digest('base64')}`;
    const html = `<head>${meta(`${GOOD} '${other}'`)}</head><body><script>${code}</script></body>`;
    expect(policyProblems(html)).toEqual([
      `script-src lists '${other}', which no inline script or style of the page has`,
    ]);
  });
});

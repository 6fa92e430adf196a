/**
 * The printed role card (issue 10): a recruiter's one-pager. Printed (emulated print media, and real PDFs
 * on A4 and Letter), a role page keeps every section it has on screen, in summary; no text is under 9 pt
 * (12 CSS px), chart text included; no heading is left at the foot of a column with what it heads in the
 * next; and it fits on two sheets.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generatedCatalogue } from './support/seed';
import { useBrowser } from './support/site';

const catalogue = generatedCatalogue();
const GAM = 'global-account-manager';
const occupation =
  catalogue.roles.find((r) => r.kind === 'occupation' && r.onetCode === '11-2022.00') ??
  catalogue.roles.find((r) => r.kind === 'occupation');
const CARDS = [GAM, ...(occupation ? [occupation.id] : [])];
/** The content width of a sheet with the card's side margins (9 mm each), in CSS pixels: the card's printed layout. */
const CONTENT_WIDTH = {
  A4: Math.floor(((210 - 18) / 25.4) * 96),
  Letter: Math.floor(((215.9 - 18) / 25.4) * 96),
} as const;
/** 9 pt in CSS pixels. */
const MIN_TEXT_PX = 12;

async function printed(page: Page, format: keyof typeof CONTENT_WIDTH = 'A4') {
  await page.setViewportSize({ width: CONTENT_WIDTH[format], height: 1000 });
  await page.emulateMedia({ media: 'print' });
}

/** Pages of a PDF: its page objects (Chromium writes them uncompressed). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describe('printed role card', () => {
  const browser = useBrowser();

  for (const id of CARDS) {
    it(`${id}: keeps every section and official part, each with more than its heading`, async () => {
      const { page } = await browser.open(`roles/${id}/`);
      const sections = await page
        .getByTestId('role-toc')
        .locator('a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
      expect(sections.length).toBeGreaterThan(1);
      await printed(page);
      // The download links are for the screen; the card prints the page's address instead.
      for (const section of sections.filter((s) => s !== 'downloads')) {
        const shown = await page.locator(`[id="${section}"]`).evaluate((el) => {
          const visible = (el as HTMLElement).checkVisibility();
          const text = (el as HTMLElement).innerText.trim().split('\n').filter(Boolean);
          return { visible, lines: text.length };
        });
        expect(shown.visible, `#${section} prints`).toBe(true);
        expect(shown.lines, `#${section} prints more than its heading`).toBeGreaterThan(1);
      }
      expect(squashed(await page.locator('[data-site-footer]').innerText()), 'the page address is printed').toContain(
        `/roles/${id}/`,
      );
    });

    it(`${id}: prints no text under 9 pt, chart text included`, async () => {
      const { page } = await browser.open(`roles/${id}/`);
      await printed(page);
      const small = await page.evaluate((min) => {
        const found: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent?.trim();
          const parent = node.parentElement;
          if (!text || !parent || !parent.checkVisibility()) continue;
          if (parent.closest('.sr-only, script, style, title')) continue;
          let size = parseFloat(getComputedStyle(parent).fontSize);
          const svgText = parent.closest('text');
          if (svgText) size *= (svgText as SVGGraphicsElement).getScreenCTM()?.a ?? 1;
          if (size < min - 0.05) found.push(`${size.toFixed(2)}px: ${text.slice(0, 40)}`);
        }
        // Generated text prints too (the addresses after printed links, list separators).
        for (const el of document.body.querySelectorAll('*')) {
          if (!el.checkVisibility() || el.closest('.sr-only, script, style, title')) continue;
          for (const pseudo of ['::before', '::after']) {
            const style = getComputedStyle(el, pseudo);
            if (['none', 'normal', '""'].includes(style.content) || style.display === 'none') continue;
            const size = parseFloat(style.fontSize);
            if (size < min - 0.05) found.push(`${size.toFixed(2)}px: ${pseudo} ${style.content.slice(0, 40)}`);
          }
        }
        return found;
      }, MIN_TEXT_PX);
      expect(small).toEqual([]);
    });

    it.each(['A4', 'Letter'] as const)(
      `${id}: never leaves a heading at the foot of a column with what it heads in the next (%s width)`,
      async (format) => {
        const { page } = await browser.open(`roles/${id}/`);
        await printed(page, format);
        const stranded = await page.getByTestId('role-page').evaluate((card) => {
          const out: string[] = [];
          for (const heading of card.querySelectorAll<HTMLElement>('h2, h3, h4')) {
            if (!heading.checkVisibility()) continue;
            let next = heading.nextElementSibling as HTMLElement | null;
            while (next && !next.checkVisibility()) next = next.nextElementSibling as HTMLElement | null;
            if (!next) continue;
            const h = heading.getBoundingClientRect();
            const n = next.getClientRects()[0] ?? next.getBoundingClientRect();
            const sameColumn = Math.abs(n.left - h.left) < 8 || (n.left <= h.left + 8 && n.right >= h.right - 8);
            if (!sameColumn || n.top < h.bottom - 1) out.push(heading.innerText.trim());
          }
          return out;
        });
        expect(stranded).toEqual([]);
      },
    );

    for (const format of ['A4', 'Letter'] as const) {
      it(`${id}: fits on two ${format} sheets`, async () => {
        const { page } = await browser.open(`roles/${id}/`);
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({ format, printBackground: true, preferCSSPageSize: true });
        const pages = pdfPages(pdf);
        expect(pages, format).toBeGreaterThan(0);
        expect(pages, format).toBeLessThanOrEqual(2);
      });
    }
  }
});

function squashed(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

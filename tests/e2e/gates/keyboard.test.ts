/**
 * Gate: on the home page and the featured role page, Tab alone reaches every visible link, button and other
 * focusable control, in document order, and the focused element always shows where focus is.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/site';

const PAGES = [
  { name: 'home', path: '' },
  { name: 'role page', path: 'roles/global-account-manager/' },
];

/** Marks every element Tab should reach, in document order, and returns their descriptions. */
function markTabStops(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const candidates = document.querySelectorAll<HTMLElement>(
      'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, ' +
        'audio[controls], video[controls], [contenteditable]:not([contenteditable="false"]), [tabindex]',
    );
    const stops = [...candidates].filter(
      (element) =>
        element.tabIndex >= 0 &&
        !element.matches(':disabled') &&
        !element.closest('[inert]') &&
        // False inside display:none, visibility:hidden and closed <details>, which Tab skips too.
        element.checkVisibility({ visibilityProperty: true }),
    );
    const describe = (element: HTMLElement) => {
      const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
      const target = element.getAttribute('href') ?? element.getAttribute('type') ?? '';
      return `<${element.tagName.toLowerCase()}${target ? ` ${target}` : ''}> "${name.slice(0, 50)}"`;
    };
    return stops.map((element, index) => {
      element.dataset.tabStop = String(index);
      return describe(element);
    });
  });
}

interface Focused {
  /** Index among the marked tab stops, or -1 for anything else (the body, an unmarked element). */
  index: number;
  description: string;
  /** Why focus cannot be seen, when it cannot. */
  invisible?: string;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { index: -1, description: '(nothing: the page body)' };
    const name = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    const href = element.getAttribute('href');
    const description = `<${element.tagName.toLowerCase()}${href ? ` ${href}` : ''}> "${name}"`;
    const style = getComputedStyle(element);
    const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
    const outline =
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor);
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const box = element.getBoundingClientRect();
    let invisible: string | undefined;
    if (!outline && !shadow) {
      invisible = `no focus indicator (outline: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow: none)`;
    } else if (box.width < 4 || box.height < 4) {
      invisible = `it is ${box.width}×${box.height} px while focused (a skip link must show itself on focus)`;
    }
    return { index: Number(element.dataset.tabStop ?? -1), description, invisible };
  });
}

describe('keyboard navigation', () => {
  const browser = useBrowser();

  for (const { name, path } of PAGES) {
    it(`Tab reaches every visible control on the ${name} in document order, with focus visible`, async () => {
      const { page } = await browser.open(path);
      const stops = await markTabStops(page);
      expect(stops.length).toBeGreaterThan(0);
      const reached: Focused[] = [];
      for (let press = 0; press < stops.length; press++) {
        await page.keyboard.press('Tab');
        reached.push(await focused(page));
      }

      const firstWrong = reached.findIndex((stop, index) => stop.index !== index);
      const context = (from: number) =>
        stops
          .slice(Math.max(0, from - 2), from + 3)
          .map((stop, offset) => `      ${Math.max(0, from - 2) + offset}: ${stop}`)
          .join('\n');
      expect(
        firstWrong,
        firstWrong < 0
          ? ''
          : `Tab press ${firstWrong + 1} focused ${reached[firstWrong]!.description}, expected stop ${firstWrong}:\n` +
              `${context(firstWrong)}\n    (a positive tabindex, a hidden element that still takes focus, or a ` +
              `visible control that Tab skips)`,
      ).toBe(-1);

      const unseen = reached.filter((stop) => stop.invisible).map((stop) => `${stop.description}: ${stop.invisible}`);
      expect(unseen, `focus is not visible on:\n${unseen.join('\n')}\n`).toEqual([]);
    });
  }
});

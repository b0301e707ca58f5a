/**
 * Keyboard use, tried with real key presses: the first Tab stop is a skip
 * link that shows itself and moves focus to the main content, and every
 * Tab stop of the page shows a focus indicator inside the viewport. Neither
 * pa11y nor axe can decide these, so Blattwerk presses the keys itself.
 */
import type { Page } from 'puppeteer';
import type { RawFinding } from './findings.js';

/** A Tab stop as the page reports it. */
interface Stop {
  selector: string;
  html: string;
  /** `#id` the element links to, if it is an in-page link. */
  href: string;
  /** The in-page link leads to `main`. */
  toMain: boolean;
  indicator: boolean;
  inViewport: boolean;
}

const maxStops = 1000;

/** Tabs through the freshly loaded page; returns the findings and the number of Tab stops. */
export async function checkKeyboard(page: Page): Promise<{ findings: RawFinding[]; stops: number }> {
  await page.evaluate(installProbe);
  const stops: Stop[] = [];
  for (let i = 0; i < maxStops; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => (window as unknown as { blattwerkProbe: { stop(): Stop | null } }).blattwerkProbe.stop());
    if (stop === null) break;
    stops.push(stop);
  }
  const findings: RawFinding[] = [];
  const finding = (rule: string, message: string, stop: Stop | undefined): void => {
    findings.push({ runner: 'keyboard', rule, message, selector: stop?.selector ?? '', context: stop?.html });
  };
  for (const stop of stops) {
    if (!stop.indicator) finding('focus-visible', 'Unexpected Tab stop without a visible focus indicator, expected an outline or a box-shadow on focus', stop);
    if (!stop.inViewport) finding('focus-visible', 'Unexpected Tab stop outside the viewport, expected the focused element to be in view', stop);
  }
  const first = stops[0];
  if (first === undefined || !first.toMain) {
    finding('skip-link', 'Unexpected first Tab stop, expected a link to the main content (a skip link)', first);
  } else {
    await page.evaluate((selector: string) => (document.querySelector(selector) as HTMLElement | null)?.focus(), first.selector);
    await page.keyboard.press('Enter');
    const landed = await page.evaluate(() => {
      const main = document.querySelector('main');
      return main !== null && main.contains(document.activeElement);
    });
    if (!landed) finding('skip-link', 'Unexpected focus after following the skip link, expected it on the main content', first);
  }
  return { findings, stops: stops.length };
}

/** Runs in the page: remembers Tab stops and describes the focused element. */
function installProbe(): void {
  const seen = new WeakSet<Element>();
  const path = (element: Element): string => {
    const parts: string[] = [];
    for (let node: Element | null = element; node !== null && node !== document.documentElement; node = node.parentElement) {
      if (node.id !== '') {
        parts.unshift(`#${CSS.escape(node.id)}`);
        break;
      }
      const tag = node.tagName.toLowerCase();
      const siblings = node.parentElement ? Array.from(node.parentElement.children).filter((child) => child.tagName === node!.tagName) : [];
      parts.unshift(siblings.length > 1 ? `${tag}:nth-of-type(${siblings.indexOf(node) + 1})` : tag);
    }
    return parts.join(' > ');
  };
  const stop = () => {
    const element = document.activeElement;
    if (element === null || element === document.body || element === document.documentElement || seen.has(element)) return null;
    seen.add(element);
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    const href = element.getAttribute('href') ?? '';
    const target = href.startsWith('#') && href.length > 1 ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
    const outer = element.outerHTML;
    return {
      selector: path(element),
      html: outer.slice(0, outer.indexOf('>') + 1).slice(0, 160),
      href,
      toMain: target !== null && target.matches('main, [role="main"]'),
      indicator: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) || style.boxShadow !== 'none',
      inViewport: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth,
    };
  };
  (window as unknown as { blattwerkProbe: unknown }).blattwerkProbe = { stop };
}

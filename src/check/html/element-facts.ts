/**
 * What the report says about an element a finding names, read in the page:
 * its tag, text, image, the article and heading around it, and a short
 * snippet of its markup. The source locator maps these facts back to the
 * issue's files.
 */
import type { Page } from 'puppeteer';

/** Facts about the element a CSS selector picks (empty strings when not found). */
export interface ElementFacts {
  selector: string;
  found: boolean;
  /** Lower-case tag name. */
  tag: string;
  /** Visible text or the image's alt text, shortened. */
  text: string;
  /** The `src` of the image the element is or holds. */
  src: string;
  /** Id of the enclosing article. */
  article: string;
  /** Id of the element or the enclosing heading, when it has one. */
  id: string;
  /** The page part outside the articles: `masthead`, `contents` or `impressum`. */
  region: string;
  /** The element's opening markup, shortened. */
  html: string;
}

/** Reads the facts of each selector's element. */
export async function elementFacts(page: Page, selectors: readonly string[]): Promise<ElementFacts[]> {
  return page.evaluate((list: readonly string[]) => {
    const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
    return list.map((selector) => {
      let element: Element | null = null;
      try {
        element = selector === '' ? null : document.querySelector(selector);
      } catch {
        // pa11y writes `#id` unescaped, which is no selector when the id starts with a digit: use `[id="…"]`.
        try {
          element = document.querySelector(selector.replace(/#([^\s>+~.:[\]#]+)/g, '[id="$1"]'));
        } catch {
          element = null;
        }
      }
      if (element === null) return { selector, found: false, tag: '', text: '', src: '', article: '', id: '', region: '', html: '' };
      const image = element.matches('img') ? element : element.querySelectorAll('img').length === 1 ? element.querySelector('img') : null;
      const text = (element.matches('img') ? element.getAttribute('alt') ?? '' : (element.textContent ?? '')).replace(/\s+/g, ' ').trim();
      const region = element.closest('.masthead') ? 'masthead' : element.closest('nav.contents') ? 'contents' : element.closest('.impressum') ? 'impressum' : '';
      const outer = element.outerHTML;
      const open = outer.slice(0, outer.indexOf('>') + 1) || outer;
      return {
        selector,
        found: true,
        tag: element.tagName.toLowerCase(),
        text: clip(text, 60),
        src: image?.getAttribute('src') ?? '',
        article: element.closest('article[id]')?.id ?? '',
        id: element.id || element.closest('h1[id],h2[id],h3[id],h4[id],h5[id],h6[id]')?.id || '',
        region,
        html: clip(open, 160),
      };
    });
  }, selectors);
}

/** The element in a few words for the report: its tag and text, e.g. `img "Porträt von Kai Klose"`. */
export function describeElement(facts: ElementFacts): string {
  if (!facts.found) return facts.selector === '' ? 'the page' : facts.selector;
  return facts.text === '' ? facts.tag : `${facts.tag} "${facts.text}"`;
}

/** Checks that a built HTML page can run nothing: the addresses in its attributes. */
import { parseHTML } from 'linkedom';

/** Every attribute of the page whose value is an address a browser would run or load inline (`javascript:`, `vbscript:`, `data:`). */
export function unsafeAddresses(html: string): string[] {
  const { document } = parseHTML(html);
  const found: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      // Browsers drop tabs, line ends and leading control characters from URLs before reading the scheme.
      if (/^(javascript|vbscript|data):/i.test(attribute.value.replace(/[\u0000-\u0020]/g, ''))) {
        found.push(`<${element.tagName.toLowerCase()} ${attribute.name}="${attribute.value}">`);
      }
    }
  }
  return found;
}

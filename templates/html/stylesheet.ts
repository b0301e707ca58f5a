/**
 * The stylesheet of the HTML page, made from the design tokens: readable
 * single-column text on screens (the print columns are for paper), visible
 * focus, AA contrast, and print rules.
 */
import type { FontFace } from '../../src/render/template-set.js';
import { colors, families, type } from '../tokens.js';

const rem = (pt: number) => `${(pt / type.body).toFixed(3)}rem`;

/** CSS for the page, with @font-face rules for the given fonts. */
export function stylesheet(fonts: readonly { face: FontFace; url: string }[]): string {
  const faces = fonts
    // A fallback face names the characters it is for, so a browser fetches it only for a page that has them.
    .map(({ face, url }) => `@font-face{font-family:"${face.family}";src:url("${url}") format("woff2");font-weight:${face.weight};font-style:${face.style};font-display:swap${face.unicodeRange ? `;unicode-range:${face.unicodeRange}` : ''}}`)
    .join('\n');
  const fallbacks = families.fallbacks.map((family) => `"${family}"`).join(',');
  const serif = `"${families.serif}",${fallbacks},Georgia,serif`;
  const sans = `"${families.sans}",${fallbacks},Arial,sans-serif`;
  return `${faces}
:root{--text:${colors.text};--muted:${colors.muted};--accent:${colors.accent};--accent-dark:${colors.accentDark};--tint:${colors.tint};--tint-strong:${colors.tintStrong};--rule:${colors.rule};--paper:${colors.paper};--focus:${colors.focus};--serif:${serif};--sans:${sans}}
*,*::before,*::after{box-sizing:border-box}
html{font-size:112.5%;-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--paper);color:var(--text);font-family:var(--serif);line-height:1.6;hyphens:auto;-webkit-hyphens:auto;overflow-wrap:break-word}
a{color:var(--accent);text-underline-offset:.15em}
a:hover{color:var(--accent-dark);text-decoration-thickness:2px}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip-link{position:absolute;left:1rem;top:-10rem;z-index:10;background:var(--paper);color:var(--accent);padding:.5rem 1rem;font-family:var(--sans);font-weight:700;border:2px solid var(--accent)}
.skip-link:focus{top:1rem}
.masthead,.contents,main,.impressum{max-width:44rem;margin-inline:auto;padding-inline:1.25rem}
.masthead{padding-block:2rem 1.5rem;border-bottom:4px solid var(--accent);font-family:var(--sans)}
.masthead-publisher{margin:0 0 .75rem;color:var(--muted);font-size:${rem(type.small + 1)};letter-spacing:.02em}
.masthead-title{margin:0;color:var(--accent);font-size:clamp(2.2rem,7vw,3.4rem);line-height:1.05;font-weight:700;hyphens:manual}
.masthead-caps{text-transform:uppercase;letter-spacing:.04em}
.masthead-small{text-transform:uppercase;font-size:.55em;letter-spacing:.06em;vertical-align:.35em}
.masthead-edition{margin:.75rem 0 0;color:var(--muted)}
.download{margin:1rem 0 0}
.download a{display:inline-block;padding:.5rem .9rem;border:2px solid var(--accent);border-radius:4px;font-weight:700;text-decoration:none}
.download a:hover{background:var(--tint)}
.download-details{font-weight:400}
.contents{padding-block:1.25rem;font-family:var(--sans)}
.contents h2{font-size:1rem;margin:0 0 .5rem;color:var(--muted);text-transform:uppercase;letter-spacing:.06em}
.contents ol{margin:0;padding-left:1.4rem}
.contents li{margin:.2rem 0}
main{padding-bottom:2rem}
main:focus{outline:none}
.article{padding-block:2rem;border-top:1px solid var(--rule)}
.article-header{margin-bottom:1rem;font-family:var(--sans)}
.kicker{margin:0 0 .25rem;color:var(--accent);font-size:${rem(type.kicker)};font-weight:700;text-transform:uppercase;letter-spacing:.06em}
.article-title{margin:0;font-size:clamp(1.45rem,4vw,${rem(type.h2)});line-height:1.2;color:var(--text);hyphens:manual}
.subtitle{margin:.4rem 0 0;font-size:${rem(type.lead)};font-weight:700;color:var(--accent-dark)}
.lead{margin:.75rem 0 0;font-size:${rem(type.lead)};font-weight:700;line-height:1.5}
.article-body h3,.article-body h4,.article-body h5,.article-body h6{font-family:var(--sans);line-height:1.3;margin:1.5rem 0 .4rem}
.article-body h3{font-size:${rem(type.h3 + 2)}}
.article-body h4{font-size:${rem(type.h4 + 1)}}
p{margin:0 0 .8rem}
.figure{margin:1.25rem 0}
.figure img,.portrait{display:block;max-width:100%;height:auto}
figcaption{margin-top:.4rem;font-family:var(--sans);font-size:${rem(type.caption + 1.5)};line-height:1.45;color:var(--muted)}
.credit{display:inline-block;max-width:100%;font-size:.9em}
.pullquote{margin:1.5rem 0;padding:1rem 1.25rem;background:var(--tint);border-left:6px solid var(--accent)}
.pullquote blockquote{margin:0;font-size:${rem(type.pullquote)};font-style:italic;line-height:1.45;color:var(--accent-dark)}
.pullquote blockquote p:last-child{margin-bottom:0}
.pullquote figcaption{margin-top:.6rem;color:var(--text);font-size:1rem}
.pullquote cite{font-style:normal;font-weight:700}
blockquote{margin:1rem 0;padding-left:1rem;border-left:3px solid var(--rule)}
.box{margin:1.5rem 0;padding:1rem 1.25rem;background:var(--tint);border-radius:4px}
.box-title{margin:0 0 .5rem;font-family:var(--sans);font-size:1rem;color:var(--accent-dark)}
.box p:last-child{margin-bottom:0}
.table-scroll{overflow-x:auto;margin:1.25rem 0}
table{border-collapse:collapse;min-width:100%;font-family:var(--sans);font-size:.9rem}
caption{text-align:left;font-weight:700;padding-bottom:.4rem}
th,td{padding:.4rem .6rem;border-bottom:1px solid var(--rule);text-align:left;vertical-align:top}
thead th{border-bottom:2px solid var(--accent);color:var(--accent-dark)}
pre{overflow-x:auto;padding:.75rem;background:var(--tint);font-size:.85rem}
code{font-size:.9em}
hr{border:0;border-top:1px solid var(--rule);margin:1.5rem 0}
.noteref{line-height:0}
.byline{display:flex;gap:1rem;align-items:center;margin-top:1rem;font-family:var(--sans)}
.byline p{margin:0}
.byline .portrait{width:5.5rem;border-radius:50%;aspect-ratio:1;object-fit:cover}
.byline-name{font-weight:700}
.byline-role{display:block;color:var(--muted)}
.byline--column{margin:.75rem 0}
.article--column,.article--notice{padding-inline:1.25rem;background:var(--tint);border-top:6px solid var(--accent);margin-block:1.5rem}
.article--column a,.article--notice a{color:var(--accent-dark)}
.article--editorial .article-title{color:var(--accent)}
.footnotes{margin-top:1.5rem;border-top:1px solid var(--rule);font-size:.9rem}
.footnotes-title{font-family:var(--sans);font-size:.95rem;margin:.75rem 0 .25rem}
.footnote-back{margin-left:.3rem;text-decoration:none}
.impressum{padding-block:1.5rem 3rem;border-top:4px solid var(--accent);font-family:var(--sans);font-size:.9rem}
.impressum h2{font-size:1.1rem;margin:0 0 .5rem}
.impressum-publisher{font-weight:700}
.impressum dl{margin:0}
.impressum-entry{margin:.6rem 0}
.impressum dt{font-weight:700}
.impressum dd{margin:0}
@media (min-width:60rem){html{font-size:118.75%}}
@media (prefers-reduced-motion:reduce){*{scroll-behavior:auto!important}}
@media print{.skip-link,.contents,.download{display:none}body{font-size:10pt}.article{break-inside:auto}a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em}}
`;
}

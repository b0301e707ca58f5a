/**
 * Design tokens of the "Integration in Hessen" template set: colours, type,
 * spacing and the print grid, in one place that both the HTML and the PDF
 * templates read. Colours are chosen for WCAG AA contrast on their backgrounds
 * (checked by the accessibility tests, not by eye).
 */

/** Colours (sRGB hex). */
export const colors = {
  text: '#1b1b1b',
  muted: '#4a4a4a',
  /** Accent: a deep petrol blue, 8.6:1 on white. */
  accent: '#00506e',
  /** Darker accent for text on the tinted box background. */
  accentDark: '#003a52',
  /** Background of boxes (column, quote box, asides): 1.1:1 to white, text stays above 7:1. */
  tint: '#e6f0f4',
  tintStrong: '#cfe2ea',
  rule: '#8aa9b8',
  paper: '#ffffff',
  masthead: '#00506e',
  onMasthead: '#ffffff',
  link: '#00506e',
  focus: '#b3480b',
} as const;

/** Font families (names registered from fonts/fonts.json). */
export const families = {
  serif: 'Noto Serif',
  sans: 'Noto Sans',
  condensed: 'Noto Sans SemiCondensed',
  /** Faces for what the text faces lack, tried in this order: arrows and math operators, then the Arabic, Hebrew and Ethiopic scripts. */
  fallbacks: ['Noto Sans Math', 'Noto Sans Arabic', 'Noto Sans Hebrew', 'Noto Sans Ethiopic'],
} as const;

/** Type scale in points (PDF); the HTML uses the same ratios in rem. */
export const type = {
  body: 9.5,
  bodyLeading: 13,
  lead: 11,
  small: 7.5,
  caption: 7.5,
  kicker: 8.5,
  h2: 20,
  h3: 11,
  h4: 10,
  mastheadTitle: 40,
  mastheadSmall: 22,
  pullquote: 13,
} as const;

/** Print geometry in millimetres. */
export const page = {
  width: 210,
  height: 297,
  marginTop: 16,
  marginBottom: 20,
  marginInner: 16,
  marginOuter: 16,
  columnGap: 5,
  footerHeight: 8,
} as const;

/** Spacing steps in points. */
export const space = {
  xs: 2,
  s: 4,
  m: 8,
  l: 14,
  xl: 22,
} as const;

/** Millimetres to PDF points. */
export function mm(value: number): number {
  return (value * 72) / 25.4;
}

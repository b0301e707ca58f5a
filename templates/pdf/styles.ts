/** The styles of the PDF templates, made from the shared design tokens. */
import { colors, families, mm, page, space, type } from '../tokens.js';

/** Font stacks: every text falls back to the math face for arrows and operators, never to a standard PDF font. */
export const fonts = {
  serif: [families.serif, ...families.fallbacks],
  sans: [families.sans, ...families.fallbacks],
  condensed: [families.condensed, ...families.fallbacks],
};

/** The baseline grid pitch: every block's height is a multiple of it. */
export const grid = type.bodyLeading;

/** Page geometry in points. */
export const geometry = {
  width: mm(page.width),
  height: mm(page.height),
  marginTop: mm(page.marginTop),
  marginBottom: mm(page.marginBottom),
  marginLeft: mm(page.marginInner),
  marginRight: mm(page.marginOuter),
  columnGap: mm(page.columnGap),
  lineHeight: grid,
  footerHeight: mm(page.footerHeight),
};

/** Named styles. */
export const styles = {
  body: { fontFamily: fonts.serif, fontSize: type.body, lineHeight: `${grid}pt`, color: colors.text },
  paragraph: { fontFamily: fonts.serif, fontSize: type.body, lineHeight: `${grid}pt`, color: colors.text },
  indent: { textIndent: type.body },
  h3: { fontFamily: fonts.sans, fontWeight: 700, fontSize: type.h3, lineHeight: `${grid}pt`, color: colors.accentDark, marginTop: grid },
  h4: { fontFamily: fonts.sans, fontWeight: 700, fontSize: type.h4, lineHeight: `${grid}pt`, color: colors.text, marginTop: grid },
  kicker: { fontFamily: fonts.sans, fontWeight: 700, fontSize: type.kicker, lineHeight: `${grid}pt`, color: colors.accent, textTransform: 'uppercase' as const, letterSpacing: 0.6 },
  title: { fontFamily: fonts.sans, fontWeight: 700, fontSize: type.h2, lineHeight: `${type.h2 * 1.15}pt`, color: colors.text },
  subtitle: { fontFamily: fonts.sans, fontWeight: 700, fontSize: type.lead, lineHeight: `${grid * 1.1}pt`, color: colors.accentDark, marginTop: space.s },
  lead: { fontFamily: fonts.serif, fontWeight: 700, fontSize: type.lead - 0.5, lineHeight: `${grid * 1.15}pt`, color: colors.text, marginTop: space.m },
  caption: { fontFamily: fonts.condensed, fontSize: type.caption, lineHeight: `${type.caption * 1.35}pt`, color: colors.muted, marginTop: space.xs },
  credit: { fontSize: type.small - 1, color: colors.muted },
  pullquote: { fontFamily: fonts.serif, fontStyle: 'italic' as const, fontSize: type.pullquote, lineHeight: `${type.pullquote * 1.3}pt`, color: colors.accentDark },
  cite: { fontFamily: fonts.sans, fontWeight: 700, fontSize: type.kicker, lineHeight: `${grid}pt`, color: colors.text, marginTop: space.s },
  box: { backgroundColor: colors.tint, padding: space.m, marginTop: grid / 2, marginBottom: grid / 2 },
  boxTitle: { fontFamily: fonts.sans, fontWeight: 700, fontSize: type.h4, lineHeight: `${grid}pt`, color: colors.accentDark, marginBottom: space.xs },
  small: { fontFamily: fonts.sans, fontSize: type.small, lineHeight: `${type.small * 1.4}pt`, color: colors.muted },
  link: { color: colors.link, textDecoration: 'underline' as const },
  code: { fontFamily: fonts.condensed, fontSize: type.body - 1 },
  footer: { fontFamily: fonts.sans, fontSize: type.small, color: colors.muted },
} as const;

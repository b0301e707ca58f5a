/**
 * What spans an article's columns: kicker, title, subtitle and lead; for an
 * opinion column also "Ansichten von …" with the author's portrait.
 */
import type { Article } from '../../src/model/types.js';
import { View } from '../../src/render/pdf/primitives.js';
import { H, P } from '../../src/render/pdf/tagging/components.js';
import { colors, type } from '../tokens.js';
import { Byline } from './Byline.js';
import { grid, styles } from './styles.js';

/** The header of an article. */
export function ArticleHeader({ article }: { article: Article }) {
  const editorial = article.type === 'editorial';
  const titleStyle = editorial
    ? [styles.title, { fontSize: type.h3 + 3, lineHeight: `${grid * 1.4}pt`, color: colors.accent }]
    : article.type === 'notice' ? [styles.title, { fontSize: type.h3 + 5, lineHeight: `${grid * 1.6}pt`, color: colors.accentDark }] : styles.title;
  return (
    <View style={{ marginBottom: grid }}>
      {article.kicker ? <P style={styles.kicker} actual={article.kicker}>{article.kicker}</P> : null}
      <H level={2} style={titleStyle}>{article.title}</H>
      {article.subtitle ? <P style={styles.subtitle}>{article.subtitle}</P> : null}
      {article.type === 'column' ? <Byline article={article} /> : null}
      {article.lead ? <P style={styles.lead}>{article.lead}</P> : null}
    </View>
  );
}

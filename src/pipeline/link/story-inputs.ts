import type { Article } from '../../schemas/article.ts';
import type { AnnotatedArticle } from '../nlp/annotate-article.ts';
import { STOP_LEMMAS } from '../nlp/claim-words.ts';
import type { ArticleEntities } from './resolve-entities.ts';
import type { StoryInput } from './cluster-stories.ts';

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

/** What clustering compares: the article's entities and the content lemmas of its headline and first paragraphs. */
export function storyInput(article: Article, annotated: AnnotatedArticle, entities: ArticleEntities | undefined): StoryInput {
  const lede = annotated.sentences.filter((s) => s.block < 2).flatMap((s) => s.tokens);
  const terms = new Set<string>();
  for (const t of [...annotated.headline, ...lede]) {
    const lemma = t.lemma.toLowerCase();
    if (CONTENT.has(t.pos) && /\p{L}{3,}/u.test(lemma) && !STOP_LEMMAS.has(lemma)) terms.add(lemma);
  }
  return { id: article.id, published: article.published, entities: entities?.entities ?? [], terms: [...terms] };
}

import type { Article } from '../../schemas/article.ts';
import { bodyBlocks } from './body-blocks.ts';
import { extractClaims, type ClaimMention } from './claims.ts';
import { resolveLocalAliases, type LocalMention } from './local-aliases.ts';
import { findMentions } from './mentions.ts';
import { tokenizeBlocks, type Sentence, type Token } from './tokens.ts';

/** Everything per-article NLP knows about one article; depends on nothing but the article itself. */
export interface AnnotatedArticle {
  id: string;
  blocks: string[];
  sentences: Sentence[];
  mentions: LocalMention[];
  /** Sentences that make a claim: quotes, attributed and factual statements. */
  claims: ClaimMention[];
  /**
   * The title's tokens, for story clustering. Tagged here, with the cached per-article work, rather than at
   * linking, which runs again whenever any article changes.
   */
  headline: Token[];
}

/** Sentences and entity mentions of one article, with in-article aliases resolved. */
export function annotateArticle(article: Pick<Article, 'id' | 'body' | 'title'>): AnnotatedArticle {
  const { blocks, headings } = bodyBlocks(article.body);
  const sentences = tokenizeBlocks(blocks);
  const found = findMentions(sentences, blocks);
  // Headings are Title Case: every word looks like a name. Keep only names the body itself uses.
  const bodyNames = new Set(found.filter((m) => !headings.has(m.block)).map((m) => m.surface));
  const mentions = resolveLocalAliases(found.filter((m) => !headings.has(m.block) || bodyNames.has(m.surface)), blocks);
  const headline = tokenizeBlocks([article.title]).flatMap((s) => s.tokens);
  return { id: article.id, blocks, sentences, mentions, claims: extractClaims(sentences, mentions, headings, blocks), headline };
}

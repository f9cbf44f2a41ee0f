/** The address of a claim's sentence in one article: the article page, at the mark put on the sentence. */
export function claimAnchor(article: string, claim: string): string {
  return `/articles/${article}/#claim-${claim}`;
}

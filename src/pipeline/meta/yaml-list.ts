import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { problem, type ContentProblem } from '../problems.ts';

/**
 * Reads a curated registry: a YAML list validated by a zod schema. Every problem — syntax, unresolved alias,
 * schema — names its line (a missing field: the line of its entry), and all of them are returned at once.
 */
export function readYamlList<T>(yamlText: string, file: string, schema: z.ZodType<T[]>, code: string, shapeHint: string): { entries?: T[]; problems: ContentProblem[] } {
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => yamlText.slice(0, offset).split('\n').length;
  const problems = doc.errors.map((e) => problem(file, 'yaml-syntax', `Not valid YAML: ${e.message.split('\n')[0]}`, 'Fix the YAML syntax at this line.', lineAt(e.pos[0])));
  if (problems.length > 0) return { problems };
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // Unresolved aliases (`name: *cnn`) and alias bombs only fail when the document is built.
    return { problems: [problem(file, 'yaml-syntax', `Not valid YAML: ${error instanceof Error ? error.message : String(error)}`, 'Quote values that start with * or &.')] };
  }
  const parsed = schema.safeParse(raw ?? []);
  if (parsed.success) return { entries: parsed.data, problems };
  for (const issue of parsed.error.issues) {
    const at = (depth: number) => doc.getIn(issue.path.slice(0, depth) as (string | number)[], true) as { range?: [number, number] } | undefined;
    const node = at(2) ?? at(1);
    problems.push(problem(file, code, `${issue.path.join('.') || 'the file'}: ${issue.message}.`, shapeHint, node?.range ? lineAt(node.range[0]) : undefined));
  }
  return { problems };
}

import matter from 'gray-matter';
import type { ContentProblem } from '../problems.ts';
import { parseYamlMapping, type YamlMapping } from './yaml-mapping.ts';

/** Front matter split from a body. */
export interface FrontMatter extends YamlMapping {
  body: string;
  /** Whether the file had a front-matter block at all. */
  present: boolean;
}

export type FrontMatterResult = { ok: true; value: FrontMatter } | { ok: false; problems: ContentProblem[] };

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/**
 * Splits YAML front matter (`---` fenced, at the very start) from the body. gray-matter finds the fences;
 * the `yaml` parser reads the block so that every syntax error carries its file line.
 * A file without front matter is returned whole as the body.
 */
export function readFrontMatter(source: string, file: string): FrontMatterResult {
  if (!matter.test(source)) return { ok: true, value: { data: {}, lineOf: () => undefined, body: source, present: false } };
  let yamlText = '';
  // The engine only captures the block; parsing happens below with positions.
  const parsed = matter(source, { engines: { yaml: (text: string) => ((yamlText = text), {}) } });
  const firstLine = lineAt(source, Math.max(0, source.indexOf(yamlText)));
  const mapping = parseYamlMapping(yamlText, file, firstLine, 'Fix the YAML between the --- lines (quote values that contain ": " or start with a special character).');
  if (!mapping.ok) return mapping;
  return { ok: true, value: { ...mapping.value, body: parsed.content, present: true } };
}

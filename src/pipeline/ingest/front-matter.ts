import matter from 'gray-matter';
import { problem, type ContentProblem } from '../problems.ts';
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
  const fence = /^---([^\n]*)(?:\n|$)/.exec(source);
  // "---June 06, 2013" is text that happens to start with dashes, not a fence.
  if (!fence || !/^\s*[a-z]*\s*$/i.test(fence[1] ?? '') || !matter.test(source)) {
    return { ok: true, value: { data: {}, lineOf: () => undefined, body: source, present: false } };
  }
  // gray-matter would hand "---js" to eval() and "---toml" to a missing engine: only YAML is ever read.
  const language = (fence[1] ?? '').trim().toLowerCase();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    return { ok: false, problems: [problem(file, 'front-matter-language', `Front matter in "${language}" is not supported.`, 'Write the front matter as YAML: a line with only ---, then "field: value" lines, then ---.', 1)] };
  }
  let yamlText = '';
  const refuse = () => {
    throw new Error('Only YAML front matter is read.');
  };
  // The engine only captures the block; parsing happens below with positions.
  const capture = (text: string) => ((yamlText = text), {});
  const parsed = matter(source, { language: 'yaml', engines: { yaml: capture, yml: capture, js: refuse, javascript: refuse, json: refuse, coffee: refuse } });
  const firstLine = lineAt(source, Math.max(0, source.indexOf(yamlText)));
  const mapping = parseYamlMapping(yamlText, file, firstLine, 'Fix the YAML between the --- lines (quote values that contain ": " or start with a special character).');
  if (!mapping.ok) return mapping;
  return { ok: true, value: { ...mapping.value, body: parsed.content, present: true } };
}

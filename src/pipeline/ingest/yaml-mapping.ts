import { isMap, isScalar, parseDocument } from 'yaml';
import { problem, type ContentProblem } from '../problems.ts';

/** A YAML mapping with the file line of each top-level key, for error messages. */
export interface YamlMapping {
  data: Record<string, unknown>;
  lineOf: (key: string) => number | undefined;
}

export type YamlMappingResult = { ok: true; value: YamlMapping } | { ok: false; problems: ContentProblem[] };

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The 1-based line of the quote left open before `offset`, if any. */
function openingQuoteLine(text: string, offset: number): number | undefined {
  let open: number | undefined;
  text.slice(0, offset).split('\n').forEach((line, i) => {
    const quotes = line.replace(/\\./g, '').match(/"/g)?.length ?? 0;
    if (quotes % 2 === 1) open = open === undefined ? i + 1 : undefined;
  });
  return open;
}

/**
 * Parses YAML that must be a mapping (front matter, sidecars). `firstLine` is the file line the text starts on,
 * so every reported line is a line of the file the user opens. All syntax errors are returned, not just the first.
 */
export function parseYamlMapping(text: string, file: string, firstLine: number, fixHint: string): YamlMappingResult {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => firstLine + lineAt(text, offset) - 1;
  const problems = doc.errors.map((err) => {
    // The parser notices a missing closing quote where the block ends; the mistake is where the quote opened.
    const opened = /closing ["']?quote/i.test(err.message) ? openingQuoteLine(text, err.pos[0]) : undefined;
    const line = opened !== undefined ? firstLine + opened - 1 : toFileLine(err.pos[0]);
    return problem(file, 'yaml-syntax', `Not valid YAML: ${err.message.split('\n')[0]}`, fixHint, line);
  });
  if (problems.length > 0) return { ok: false, problems };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // Unresolved aliases (`title: *headline`) and alias bombs only fail when the document is built.
    const message = error instanceof Error ? error.message : String(error);
    const alias = /:\s*(\S+)$/.exec(message)?.[1];
    const at = alias ? text.indexOf(`*${alias}`) : -1;
    return { ok: false, problems: [problem(file, 'yaml-syntax', `Not valid YAML: ${message}`, `${fixHint} A value starting with * or & must be quoted.`, at >= 0 ? toFileLine(at) : firstLine)] };
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    const at = toFileLine(doc.contents?.range?.[0] ?? 0);
    return { ok: false, problems: [problem(file, 'yaml-shape', 'The YAML must be a mapping of fields (key: value), not a list or a single value.', 'Write one "field: value" per line.', at)] };
  }
  const lines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) lines.set(String(pair.key.value), toFileLine(pair.key.range[0]));
    }
  }
  return { ok: true, value: { data: (data ?? {}) as Record<string, unknown>, lineOf: (key) => lines.get(key) } };
}

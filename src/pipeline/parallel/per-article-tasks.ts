import type { Article } from '../../schemas/article.ts';
import { ingestFile, type IngestResult, type SourceFile } from '../ingest/ingest-file.ts';
import { parseOutletRegistry, type OutletRegistry } from '../meta/outlet-registry.ts';
import { annotateArticle, type AnnotatedArticle } from '../nlp/annotate-article.ts';
import { renderBody, type RenderInput } from '../render/render-body.ts';

/** The registry file as read, so a worker thread can parse it itself (a parsed registry holds functions). */
export interface RegistrySource {
  text: string;
  name: string;
}

export type AnnotateInput = Pick<Article, 'id' | 'title' | 'body'>;

/** The per-article work that runs in worker threads: each task takes a chunk of inputs and returns one result per input. */
export interface TaskPayloads {
  ingest: { files: SourceFile[]; registry: RegistrySource };
  annotate: { articles: AnnotateInput[] };
  render: { bodies: RenderInput[] };
}
export interface TaskResults {
  ingest: IngestResult[];
  annotate: AnnotatedArticle[];
  render: string[];
}
export type TaskName = keyof TaskPayloads;

const parsed = new Map<string, OutletRegistry>();
function registryOf(source: RegistrySource): OutletRegistry {
  let registry = parsed.get(source.text);
  if (!registry) parsed.set(source.text, (registry = parseOutletRegistry(source.text, source.name).registry));
  return registry;
}

export function runTask<K extends TaskName>(task: K, payload: TaskPayloads[K]): TaskResults[K] {
  if (task === 'ingest') {
    const { files, registry } = payload as TaskPayloads['ingest'];
    const outlets = registryOf(registry);
    return files.map((file) => ingestFile(file, outlets)) as TaskResults[K];
  }
  if (task === 'render') {
    return (payload as TaskPayloads['render']).bodies.map((b) => renderBody(b.markdown, { entityLinks: b.entityLinks, claimMarks: b.claimMarks })) as TaskResults[K];
  }
  return (payload as TaskPayloads['annotate']).articles.map(annotateArticle) as TaskResults[K];
}

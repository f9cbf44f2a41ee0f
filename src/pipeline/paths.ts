import { isAbsolute, resolve } from 'node:path';

/** Where the content lives. `ARTICLES_DIR` points the build at another folder (tests and benchmarks use it). */
export interface ContentPaths {
  articlesDir: string;
  outletsFile: string;
  entitiesFile: string;
}

export function contentPaths(env: Readonly<Record<string, string | undefined>>, cwd: string): ContentPaths {
  const from = (value: string) => (isAbsolute(value) ? value : resolve(cwd, value));
  return {
    articlesDir: from(env.ARTICLES_DIR?.trim() || 'content/articles'),
    outletsFile: from(env.OUTLETS_FILE?.trim() || 'content/outlets.yaml'),
    entitiesFile: from(env.ENTITIES_FILE?.trim() || 'content/entities.yaml'),
  };
}

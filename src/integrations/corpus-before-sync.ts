import type { AstroIntegration } from 'astro';
import { prepareCorpus } from '../loaders/corpus-source.ts';

/**
 * Builds the corpus (the whole pipeline) before Astro starts syncing content, so that the loaders find it ready.
 *
 * Why: at the start of a sync Astro writes a few values into its content store, which schedules a save of the
 * whole store half a second later. The loaders then wait for the pipeline, and any wait longer than that half
 * second (worker threads, reading the cache) let the save run in the middle of the build: it serialized the
 * previous build's store for nothing. With one article changed among 4,000, that was 4.5 s of a 6.4 s NLP stage
 * (CPU profile). With the corpus ready, the loaders store their entries without waiting and the store is saved
 * once, at the end of the sync.
 *
 * A failure is not reported here: the loaders await the same corpus and report it as they always have. Astro says
 * "Waiting for integration claimlens:corpus-before-sync" while a large corpus is built: that is this hook working.
 */
export function corpusBeforeSync(build: () => Promise<unknown> = prepareCorpus): AstroIntegration {
  let command: string | undefined;
  return {
    name: 'claimlens:corpus-before-sync',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': async () => {
        // `astro preview` serves a built site and syncs nothing.
        if (command === 'preview') return;
        await build().catch(() => undefined);
      },
    },
  };
}

import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { corpusBeforeSync } from './corpus-before-sync.ts';

// The hooks read only `command`; the rest of Astro's options are not needed.
const setup = (integration: AstroIntegration, command: string) => (integration.hooks['astro:config:setup'] as unknown as (o: unknown) => void)({ command });
const done = (integration: AstroIntegration) => (integration.hooks['astro:config:done'] as unknown as (o: unknown) => Promise<void>)({});

/** A corpus build that finishes only when told to, recording whether it was started. */
function pendingBuild(outcome: 'resolve' | 'reject' = 'resolve') {
  let finish!: () => void;
  const state = { started: false, finished: false };
  const build = () => {
    state.started = true;
    return new Promise<void>((resolve, reject) => {
      finish = () => {
        state.finished = true;
        if (outcome === 'resolve') resolve();
        else reject(new Error('bad input'));
      };
    });
  };
  return { build, state, finish: () => finish() };
}

describe('corpusBeforeSync', () => {
  it.each(['build', 'sync', 'dev'])('in `astro %s`, holds Astro at config:done until the corpus is built', async (command) => {
    const { build, state, finish } = pendingBuild();
    const integration = corpusBeforeSync(build);
    setup(integration, command);
    let hookDone = false;
    const hook = done(integration).then(() => (hookDone = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(state.started).toBe(true);
    expect(hookDone).toBe(false);
    finish();
    await hook;
    expect(hookDone).toBe(true);
  });

  it('builds nothing for `astro preview`, which syncs no content', async () => {
    const { build, state } = pendingBuild();
    const integration = corpusBeforeSync(build);
    setup(integration, 'preview');
    await done(integration);
    expect(state.started).toBe(false);
  });

  it('leaves a failed build to the loaders to report: the hook itself does not fail', async () => {
    const { build, state, finish } = pendingBuild('reject');
    const integration = corpusBeforeSync(build);
    setup(integration, 'build');
    const hook = done(integration);
    finish();
    await expect(hook).resolves.toBeUndefined();
    expect(state.finished).toBe(true);
  });
});

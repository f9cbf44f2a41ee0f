import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { wink } from './wink.ts';

// Real news sentences (ECB+, checked in as the claim dev sets), full of names with possessives and abbreviations:
// the words wink-nlp does not know and caches.
const devSets = new URL('../../../tests/fixtures/claims-dev/', import.meta.url).pathname;
const texts = readdirSync(devSets)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => {
    const set = JSON.parse(readFileSync(join(devSets, f), 'utf8')) as { groups: { mentions: { text: string }[] }[] };
    return set.groups.flatMap((g) => g.mentions.map((m) => m.text));
  });

/** Each token's text, part of speech and type: what annotation reads from wink. */
const tokensOf = (nlp: typeof wink, text: string) => {
  const tokens = nlp.readDoc(text).tokens();
  return { value: tokens.out(), pos: tokens.out(nlp.its.pos), type: tokens.out(nlp.its.type) };
};

// The reference: an instance that has read nothing. The model re-encodes its pattern machines on every load (each
// load JSON.stringifies the last one's string), so loads share one result to keep them from growing; those machines
// serve only custom entity patterns, which neither side uses.
const patternMachines = (model.metaCER as () => unknown)();
const freshInstance = () => winkNLP({ ...model, metaCER: () => patternMachines } as typeof model);

describe('wink: one shared instance reads each text as a fresh instance would', () => {
  it('has enough text to mean something', () => {
    expect(texts.length).toBeGreaterThan(150);
  });

  it("splits a possessive it has seen whole before, as a fresh instance does (wink caches \"Quarvel's.\" whole)", () => {
    const text = "Work on the film went on under Quarvel's supervision.";
    const fresh = tokensOf(freshInstance(), text);
    tokensOf(wink, "The script was Quarvel's.");
    expect(fresh.value).toContain("'s");
    expect(tokensOf(wink, text)).toEqual(fresh);
  });

  // The next two pass without the wrapper as well (this text never trips the cache); they hold the wrapper to what
  // a fresh instance does on ordinary news text, so a wrapper that hid too much or too little would fail them.
  it('gives a text the same tokens whatever was read before it, in either order', () => {
    const firstReading = texts.map((t) => tokensOf(wink, t));
    const afterAllOthers = [...texts].reverse().map((t) => tokensOf(wink, t)).reverse();
    expect(afterAllOthers).toEqual(firstReading);
  });

  it('gives the tokens of a new instance that has read nothing else', () => {
    // An instance takes ~60 ms to load, so the texts with possessives (the words wink caches whole), at most 20.
    const sample = texts.filter((t) => t.includes("'s ")).slice(0, 20);
    for (const t of texts) tokensOf(wink, t);
    for (const t of sample) expect(tokensOf(wink, t), t).toEqual(tokensOf(freshInstance(), t));
  });

  it('still follows a word that was new earlier in the same text, as a fresh instance does', () => {
    const text = "The script was Quarvel's. Work went on under Quarvel's supervision.";
    tokensOf(wink, "Nobody touched Quarvel's notes.");
    expect(tokensOf(wink, text)).toEqual(tokensOf(freshInstance(), text));
  });
});

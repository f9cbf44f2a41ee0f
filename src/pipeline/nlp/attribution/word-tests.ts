import type { Token } from '../tokens.ts';

/** A possessive marker as the tokenizer splits it off: "'s", "’s", or a bare apostrophe ("Sanders'"). */
export const isPossessive = (t: Token | undefined): boolean => t !== undefined && /^['’]s?$/.test(t.value);

/** A relative pronoun opening a clause of its own ("who", "which", "that" …). */
export const RELATIVE = /^(?:which|who|whom|whose|that)$/i;

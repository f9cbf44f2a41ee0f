import type { Token } from '../tokens.ts';

/** A possessive marker as the tokenizer splits it off: "'s", "’s", or a bare apostrophe ("Sanders'"). */
export const isPossessive = (t: Token | undefined): boolean => t !== undefined && /^['’]s?$/.test(t.value);

/** A relative pronoun opening a clause of its own ("who", "which", "that" …). */
export const RELATIVE = /^(?:which|who|whom|whose|that)$/i;

/** Words before a participle whose subject is the sentence's ("after claiming that …", "while saying …"). */
export const PARTICIPLE_OPENER = /^(?:after|before|while|by|since|when|without)$/i;

/**
 * Whether token `i` is a "while" or "whereas" that sets a second statement against the first (", while Moscow said
 * …"): right after a comma, or after a quotation that ends in one (`…,” while …`). A subordinating "while" has no
 * comma before it.
 */
export function contrastsAt(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.value.toLowerCase();
  if (word !== 'while' && word !== 'whereas') return false;
  return tokens[i - 1]?.value === ',' || (/^["”»]$/.test(tokens[i - 1]?.value ?? '') && tokens[i - 2]?.value === ',');
}

/** Whether token `i` opens its sentence, or follows a dateline's dash ("WASHINGTON (AP) -- Declaring …"). */
export function opensSentence(tokens: readonly Token[], i: number): boolean {
  return i === 0 || (/^(?:--|[—–])$/.test(tokens[i - 1]!.value) && tokens.slice(0, i - 1).every((t) => t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'PUNCT'));
}

/** Vocabulary for claim extraction, lower-case lemmas. */

/** Verbs that attribute words to a speaker ("said", "told", "claimed", "argued"). */
export const CUE_VERBS = new Set([
  'say', 'tell', 'write', 'add', 'claim', 'argue', 'state', 'note', 'announce', 'insist', 'explain', 'warn', 'suggest', 'admit',
  'acknowledge', 'confirm', 'deny', 'allege', 'accuse', 'assert', 'declare', 'report', 'tweet', 'post', 'reveal', 'testify',
  'contend', 'maintain', 'predict', 'promise', 'vow', 'pledge', 'describe', 'call', 'frame', 'label', 'criticize', 'reply',
  'respond', 'recall', 'concede', 'stress', 'emphasize', 'believe', 'ask', 'shout', 'yell', 'scream', 'chant', 'exclaim', 'whisper', 'joke', 'quip', 'boast',
  'remark', 'comment', 'charge', 'disclose', 'caution', 'complain', 'lament', 'answer', 'reiterate', 'recount', 'urge', 'question',
  // Agency copy translated from other languages: "the chairman informed", "he underlined", "the minister specified".
  'inform', 'underline', 'emphasise', 'specify', 'clarify', 'mention',
]);

/**
 * Verbs that report speech only with what was said right after them — "that", a quotation or a colon: "the jury
 * recommended that …", "Judge Karns ruled that the state had been “unable to make a case”", "he inquired, “…”" —
 * and otherwise mean something else ("ruled the country", "continued the search", "estimated the damage").
 */
export const FRAMED_CUE_VERBS = new Set([
  'recommend', 'rule', 'conclude', 'estimate', 'observe', 'propose', 'advise', 'counter', 'retort', 'continue', 'inquire',
  'enquire', 'plead', 'repeat', 'reason', 'concur', 'protest', 'object', 'muse', 'wonder', 'speculate', 'assure',
  'swear', 'remind', 'forecast', 'grumble', 'proclaim', 'agree', 'indicate', 'order',
]);

/**
 * Framed verbs of a decision or a finding ("ruled that", "ordered that", "recommended that", "concluded that",
 * "estimated that"): the next paragraph's quotation need not be its subject's.
 */
export const DECISION_VERBS = new Set(['rule', 'order', 'recommend', 'conclude', 'estimate']);

/** Words that turn a sentence's meaning around. */
export const NEGATIONS = new Set(['not', "n't", 'n’t', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot']);

/** Pronouns that refer back to the last speaker ("he said"). */
export const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/** Kinds of company wire copy calls a firm by after naming it ("the automaker said", "the brokerage added"). */
export const FIRM_DESCRIPTIONS = ['automaker', 'carmaker', 'brokerage', 'insurer', 'refiner', 'chipmaker', 'drugmaker', 'utility'] as const;

/** Nouns that refer back to the last organization ("the company said", "the agency said"). */
export const ORG_ANAPHORS = new Set<string>(['company', 'agency', 'department', 'firm', 'startup', 'lab', 'government', 'administration', 'group', 'organization', 'ministry', 'team', 'club', 'blog', 'post', 'statement', 'memo', ...FIRM_DESCRIPTIONS]);

/** Content words too common to say anything about which claim a sentence makes. */
export const STOP_LEMMAS = new Set([
  'be', 'have', 'do', 'say', 'tell', 'will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', 'also', 'just', 'then',
  'so', 'very', 'more', 'most', 'such', 'other', 'some', 'any', 'all', 'own', 'same', 'that', 'this', 'these', 'those', 'which', 'who',
  'what', 'when', 'where', 'there', 'here', 'it', 'its', 'they', 'their', 'them', 'he', 'his', 'him', 'she', 'her', 'we', 'our', 'us',
  'you', 'your', 'i', 'my', 'me', 'one', 'get', 'make', 'go', 'come', 'take', 'use', 'way', 'thing', 'time', 'year', 'day', 'week',
  'late', 'early', 'new', 'well', 'even', 'still', 'now', 'only', 'many', 'much', 'however', 'though', 'although', 'while',
]);

/** How one can "put it" ("she put it bluntly:"), so that "put it away" is no speech. */
export const PUT_IT_MANNERS = ['bluntly', 'simply', 'plainly', 'succinctly', 'differently', 'best', 'mildly', 'another way', 'this way'];

/** Verbs of reading out or passing on a document: who does it is not its author ("read aloud a letter from X:"). */
export const RECITING = new Set(['read', 'quote', 'cite', 'recite', 'share']);

/** Verbs of going to a place or medium in order to speak there ("took to Instagram to", "went on CNN to"). */
export const OUTLET_VERBS = new Set(['take', 'go', 'use', 'appear', 'turn', 'hop', 'head', 'return', 'log']);

/** Nouns for what someone issued in words ("a statement", "a memo", "a post"). */
export const STATEMENT_NOUNS = new Set(['statement', 'post', 'memo', 'letter', 'tweet', 'release', 'blog', 'note', 'email', 'message', 'case', 'remark', 'comment']);

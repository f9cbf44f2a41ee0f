import type { EntityType } from '../../schemas/entity.ts';
import { slugify } from '../../schemas/ids.ts';
import { entityKey, type EntityRegistry } from '../meta/entity-registry.ts';
import type { AnnotatedArticle } from '../nlp/annotate-article.ts';
import type { LocalMention } from '../nlp/local-aliases.ts';
import { isCommonWord, isFirstName, isKnownPlace } from '../nlp/lexicon.ts';
import { ROLE_HEADS, ROLE_MODIFIERS } from '../nlp/name-words.ts';
import { blendParts, blends, nameParts, namesCompatible, shortNameKey, surnameOf } from '../nlp/person-names.ts';
import { middleNameJoins } from './middle-names.ts';
import { topRanked } from './top-ranked.ts';

/** One entity across the corpus. */
export interface ResolvedEntity {
  id: string;
  name: string;
  type: EntityType;
  /** True when it comes from `content/entities.yaml`. */
  curated: boolean;
  description?: string;
  url?: string;
  /** Every form articles used, and which outlets used it. */
  aliases: { form: string; outlets: string[] }[];
  /** Articles that mention it, by id, sorted. */
  articles: string[];
  /** The first sentence in each article that mentions it, exactly as written. */
  sentences: { article: string; text: string }[];
}

export interface ArticleEntities {
  /** Entity ids in order of first mention. */
  entities: string[];
  /** Surface forms to link in the body, and the entity each names. */
  links: { surface: string; entity: string }[];
}

export interface EntityGraph {
  entities: ResolvedEntity[];
  byArticle: Map<string, ArticleEntities>;
  /** Entities mentioned in the same articles, most shared first. */
  related: Map<string, { id: string; count: number }[]>;
}

interface ArticleInfo {
  id: string;
  outlet: string;
}

// Role-and-name forms ("President Trump") are specific enough for the registry; bare surnames are not.
function registryHit(m: LocalMention, registry: EntityRegistry) {
  const direct = registry.lookup(m.name) ?? registry.lookup(m.surface);
  if (direct || !m.role) return direct;
  const lastRoleWord = m.role.split(/\s+/).reverse().find((w) => ROLE_HEADS.has(w.toLowerCase()));
  return (lastRoleWord ? registry.lookup(`${lastRoleWord} ${m.surface}`) : undefined) ?? registry.lookup(`${m.role} ${m.surface}`);
}

const TYPE_STRENGTH: Record<EntityType, number> = { person: 3, organization: 3, place: 3, product: 3, other: 1 };

function majorityType(votes: Map<EntityType, number>): EntityType {
  return [...votes].sort((a, b) => b[1] * TYPE_STRENGTH[b[0]] - a[1] * TYPE_STRENGTH[a[0]] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'other';
}

interface Cluster {
  key: string;
  curatedId?: string;
  names: Map<string, number>;
  votes: Map<EntityType, number>;
  forms: Map<string, Set<string>>;
  perArticle: Map<string, { count: number; sentence: string; first: number }>;
  scopedTo?: string;
  /** Whether any mention stands outside a quotation. */
  unquoted: boolean;
}

/**
 * Links mentions across articles. A name joins a curated entity through the registry, otherwise the
 * entity with the same canonical name. Never on a bare surname: a one-word person name that its own
 * article does not expand ("Hegseth" with no "Pete Hegseth" there) stays an entity of that article alone.
 * One pass over the mentions with hash maps: linear in the number of mentions.
 */
export function resolveEntities(annotated: readonly AnnotatedArticle[], articles: readonly ArticleInfo[], registry: EntityRegistry): EntityGraph {
  const outletOf = new Map(articles.map((a) => [a.id, a.outlet]));
  const personKeyOf = personKeys(annotated, registry);
  const nameKeyOf = (name: string) => personKeyOf.get(entityKey(name)) ?? `name:${entityKey(name)}`;
  // Surnames and first names of people named in full anywhere: a lone word is then known to be one.
  const surnames = new Set<string>();
  for (const a of annotated) for (const m of a.mentions) if (m.type === 'person' && m.name.includes(' ')) surnames.add(entityKey(surnameOf(m.name)));
  const common = commonWords(annotated);

  // First pass: a key per mention; bare surnames and first names are held back.
  const keyed = annotated.map((a) =>
    a.mentions.map((m) => {
      const hit = registryHit(m, registry);
      const single = !hit && !m.name.includes(' ');
      const bare = single && (m.type === 'person' || surnames.has(entityKey(m.name)));
      const firstName = single && !bare && isFirstName(m.name) && !isKnownPlace(m.name);
      // A single common word ("Today", "Government") is a name only where its article uses it; nothing links it
      // to the same word elsewhere but the registry. All capitals ("NBA", "IBF") are acronyms, not words.
      const commonWord = single && !bare && !firstName && !/^\p{Lu}[\p{Lu}.&-]+$/u.test(m.name) && common.has(m.name.toLowerCase());
      return { hit, bare: bare || firstName, firstName, commonWord, key: hit ? `curated:${hit.id}` : nameKeyOf(m.name) };
    }),
  );
  // What each article is about, for joins that need more evidence than a name: its entities, with people counted by
  // family name, so "Lohan" in one article and "Lindsay Lohan" in the other are the same context.
  const contextWord = (m: LocalMention, k: (typeof keyed)[number][number]) =>
    k.bare ? `word:${entityKey(m.name)}` : m.type === 'person' && m.name.includes(' ') ? `word:${entityKey(surnameOf(m.name))}` : k.key;
  const contexts = keyed.map((ks, i) => new Set(ks.flatMap((k, j) => (k.commonWord ? [] : [contextWord(annotated[i]!.mentions[j]!, k)]))));
  // "Lee Ray" where other articles write "Frank Lee Ray" (see `middleNameJoins`).
  const fullForms = annotated.flatMap((a, i) => a.mentions.flatMap((m, j) => (m.type === 'person' && m.name.includes(' ') && !keyed[i]![j]!.hit ? [{ key: keyed[i]![j]!.key, name: m.name, article: i }] : [])));
  const joins = middleNameJoins(fullForms, contexts);
  for (const ks of keyed) for (const k of ks) k.key = joins.get(k.key) ?? k.key;
  const articlesOfKey = new Map<string, Set<string>>();
  const personKeysBySurname = new Map<string, Set<string>>();
  const personKeysByFirstName = new Map<string, Set<string>>();
  // For nicknames blending a given name and a family name ("LiLo", "A-Rod"): people by their family name's first two
  // letters, with their full names.
  const personKeysByBlendStart = new Map<string, Set<string>>();
  const fullNameOfKey = new Map<string, string>();
  const add = (map: Map<string, Set<string>>, word: string, key: string) => map.set(word, (map.get(word) ?? new Set()).add(key));
  annotated.forEach((a, i) =>
    a.mentions.forEach((m, j) => {
      const { key, bare, commonWord } = keyed[i]![j]!;
      if (bare || commonWord) return;
      articlesOfKey.set(key, (articlesOfKey.get(key) ?? new Set()).add(a.id));
      if (m.type === 'person' && m.name.includes(' ')) {
        add(personKeysBySurname, entityKey(surnameOf(m.name)), key);
        add(personKeysByFirstName, entityKey(m.name.split(/\s+/)[0]!), key);
        add(personKeysByBlendStart, entityKey(surnameOf(m.name)).slice(0, 2), key);
        fullNameOfKey.set(key, m.name);
      }
    }),
  );
  // Second pass: a bare surname (or first name) joins a full name only with more evidence than the word: exactly
  // one person in the corpus has it, and the article shares at least two other entities with that person's articles.
  const indexOf = new Map(annotated.map((a, i) => [a.id, i]));
  const resolveBare = (articleIndex: number, name: string, firstName: boolean): string | undefined => {
    const candidates = (firstName ? personKeysByFirstName : personKeysBySurname).get(entityKey(name));
    if (candidates?.size !== 1) return undefined;
    return inContext(articleIndex, name, [...candidates][0]!);
  };
  // "LiLo" in an article that never writes "Lindsay Lohan": the one person of the corpus whose given name starts with
  // "Li" and family name with "Lo", with the same context as a bare surname needs.
  // (Remembered per word: a nickname is said again and again.)
  const blendCandidate = new Map<string, string | undefined>();
  const resolveBlend = (articleIndex: number, name: string): string | undefined => {
    if (!blendCandidate.has(name)) {
      const parts = blendParts(name);
      const family = parts === undefined ? '' : entityKey(parts[1]);
      const candidates = parts === undefined ? [] : [...(personKeysByBlendStart.get(family.slice(0, 2)) ?? [])].filter((k) => blends(fullNameOfKey.get(k)!, parts));
      blendCandidate.set(name, candidates.length === 1 ? candidates[0] : undefined);
    }
    const candidate = blendCandidate.get(name);
    return candidate === undefined ? undefined : inContext(articleIndex, name, candidate);
  };
  const inContext = (articleIndex: number, name: string, candidate: string): string | undefined => {
    // Only the candidate's own articles are read: work grows with its mentions, not with the corpus.
    const theirs = new Set<string>();
    for (const id of articlesOfKey.get(candidate) ?? []) for (const k of contexts[indexOf.get(id)!]!) theirs.add(k);
    let shared = 0;
    const own = `word:${entityKey(name)}`;
    for (const k of contexts[articleIndex]!) if (k !== candidate && k !== own && theirs.has(k)) shared++;
    return shared >= 2 ? candidate : undefined;
  };

  const clusters = new Map<string, Cluster>();
  const articleOrder = new Map<string, { key: string; surface: string }[]>();
  annotated.forEach((a, articleIndex) => {
    const order: { key: string; surface: string }[] = [];
    a.mentions.forEach((m, index) => {
      const { hit, bare, firstName, commonWord, key: plainKey } = keyed[articleIndex]![index]!;
      const joined = bare ? resolveBare(articleIndex, m.name, firstName) : !hit && !m.name.includes(' ') ? resolveBlend(articleIndex, m.name) : undefined;
      const bareSurname = (bare && joined === undefined) || commonWord;
      const key = joined ?? (bareSurname ? `scoped:${a.id}:${entityKey(m.name)}` : plainKey);
      // A single letter ("X") is an entity only through the registry (X, the platform): otherwise it is noise.
      if (entityKey(m.name) === '' || (!hit && /^\p{L}$/u.test(entityKey(m.name)))) return;
      let cluster = clusters.get(key);
      if (!cluster) {
        const curatedId = hit?.id ?? (key.startsWith('curated:') ? key.slice('curated:'.length) : undefined);
        cluster = { key, unquoted: false, names: new Map(), votes: new Map(), forms: new Map(), perArticle: new Map(), ...(curatedId ? { curatedId } : {}), ...(bareSurname ? { scopedTo: a.id } : {}) };
        clusters.set(key, cluster);
      }
      cluster.names.set(m.name, (cluster.names.get(m.name) ?? 0) + 1);
      if (!m.quoted) cluster.unquoted = true;
      cluster.votes.set(m.type, (cluster.votes.get(m.type) ?? 0) + (m.role ? 3 : 1));
      const outlets = cluster.forms.get(m.surface) ?? new Set<string>();
      outlets.add(outletOf.get(a.id) ?? 'unknown');
      cluster.forms.set(m.surface, outlets);
      const seen = cluster.perArticle.get(a.id);
      if (seen) seen.count++;
      else cluster.perArticle.set(a.id, { count: 1, sentence: a.sentences[m.sentence]?.text ?? m.surface, first: index });
      order.push({ key, surface: m.surface });
    });
    articleOrder.set(a.id, order);
  });

  // A name of no known type is kept only with some support: curated, or used outside quotations (where capitals
  // can be emphasis), and either several words long or said twice in one article (one capitalized word once is noise).
  const keep = (c: Cluster) =>
    c.curatedId !== undefined ||
    majorityType(c.votes) !== 'other' ||
    (c.unquoted && ([...c.names.keys()].some((n) => n.includes(' ')) || [...c.perArticle.values()].some((p) => p.count >= 2)));

  const curatedById = new Map(registry.entries.map((e) => [e.id, e]));
  const entities: ResolvedEntity[] = [];
  const idOf = new Map<string, string>();
  const usedIds = new Set<string>();
  for (const c of [...clusters.values()].sort((x, y) => (x.key < y.key ? -1 : 1))) {
    if (!keep(c)) continue;
    const entry = c.curatedId ? curatedById.get(c.curatedId) : undefined;
    // The fullest name is the canonical one; ties go to the most used, then alphabetical, so ids are stable.
    const name = entry?.name ?? [...c.names].sort((a, b) => b[0].length - a[0].length || b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    let id = entry?.id ?? (c.scopedTo ? `${slugify(name)}-in-${c.scopedTo}` : slugify(name));
    if (usedIds.has(id)) id = `${id}-${majorityType(c.votes)}`;
    usedIds.add(id);
    idOf.set(c.key, id);
    entities.push({
      id,
      name,
      type: entry?.type ?? majorityType(c.votes),
      curated: entry !== undefined,
      ...(entry?.description ? { description: entry.description } : {}),
      ...(entry?.url ? { url: entry.url } : {}),
      aliases: [...c.forms].map(([form, outlets]) => ({ form, outlets: [...outlets].sort() })).sort((a, b) => (a.form < b.form ? -1 : 1)),
      articles: [...c.perArticle.keys()].sort(),
      sentences: [...c.perArticle].map(([article, p]) => ({ article, text: p.sentence })).sort((a, b) => (a.article < b.article ? -1 : 1)),
    });
  }
  entities.sort((a, b) => (a.id < b.id ? -1 : 1));

  const byArticle = new Map<string, ArticleEntities>();
  const coMentions = new Map<string, Map<string, number>>();
  for (const [articleId, order] of articleOrder) {
    const ids: string[] = [];
    const links = new Map<string, string>();
    for (const { key, surface } of order) {
      const id = idOf.get(key);
      if (!id) continue;
      if (!ids.includes(id)) ids.push(id);
      if (!links.has(surface)) links.set(surface, id);
    }
    byArticle.set(articleId, { entities: ids, links: [...links].map(([surface, entity]) => ({ surface, entity })) });
    // Co-mention counts: per article, pairs of its own entities only — never pairs of articles.
    for (const x of ids) {
      const row = coMentions.get(x) ?? new Map<string, number>();
      for (const y of ids) if (y !== x) row.set(y, (row.get(y) ?? 0) + 1);
      coMentions.set(x, row);
    }
  }
  const related = new Map<string, { id: string; count: number }[]>();
  // The twelve most co-mentioned, picked without sorting the whole row (a main actor's row holds thousands). One
  // shared article is no relation: a passing name ("Today", a dateline's city) would tie unrelated stories.
  for (const [id, row] of coMentions) {
    for (const [other, count] of row) if (count < 2) row.delete(other);
    related.set(id, topRanked(row, 12).map(([other, count]) => ({ id: other, count })));
  }
  return { entities, byArticle, related };
}

/**
 * One key per person whose written forms can all be the same person: "Donald J. Trump", "Donald John Trump" and
 * "Donald Trump" share the key of "donald trump". When the corpus holds forms that contradict each other
 * ("George W. Bush" and "George H. W. Bush"), none of that first and last name is joined: each keeps its own.
 * Forms that fit exactly one curated person ("George Bush" when the registry holds George W. Bush and no other
 * George Bush) take that person's key, so the registry's entity gathers them.
 */
function personKeys(annotated: readonly AnnotatedArticle[], registry: EntityRegistry): Map<string, string> {
  const byShort = new Map<string, Map<string, NonNullable<ReturnType<typeof nameParts>>>>();
  for (const a of annotated) {
    for (const m of a.mentions) {
      const parts = m.type === 'person' ? nameParts(m.name) : undefined;
      if (!parts) continue;
      const short = shortNameKey(parts);
      const forms = byShort.get(short) ?? new Map();
      forms.set(entityKey(m.name), parts);
      byShort.set(short, forms);
    }
  }
  const curated = curatedPeopleByShortName(registry);
  const out = new Map<string, string>();
  for (const [short, forms] of byShort) {
    const all = [...forms.values()];
    if (!all.every((p) => all.every((q) => namesCompatible(p, q)))) continue;
    const known = curated.get(short) ?? [];
    if (known.length === 0) {
      if (forms.size >= 2) for (const key of forms.keys()) out.set(key, `person:${short}`);
      continue;
    }
    // Each form on its own: "George Bush" fits both father and son when the registry holds both, and joins neither.
    for (const [key, parts] of forms) {
      const fitting = new Set(known.filter((c) => namesCompatible(parts, c.parts)).map((c) => c.id));
      if (fitting.size === 1) out.set(key, `curated:${[...fitting][0]!}`);
    }
  }
  return out;
}

/** "President George W. Bush" → "George W. Bush": an alias may carry a title the name finder keeps apart. */
function withoutTitle(form: string): string {
  const words = form.split(/\s+/);
  while (words.length > 2 && (ROLE_HEADS.has(words[0]!.toLowerCase()) || ROLE_MODIFIERS.has(words[0]!.toLowerCase()))) words.shift();
  return words.join(' ');
}

/** The registry's people by first and last name, every written form of each ("George Walker Bush"). */
function curatedPeopleByShortName(registry: EntityRegistry): Map<string, { id: string; parts: NonNullable<ReturnType<typeof nameParts>> }[]> {
  const out = new Map<string, { id: string; parts: NonNullable<ReturnType<typeof nameParts>> }[]>();
  for (const entry of registry.entries) {
    if (entry.type !== 'person') continue;
    for (const form of [entry.name, ...entry.aliases]) {
      const parts = nameParts(withoutTitle(form));
      if (!parts) continue;
      const short = shortNameKey(parts);
      out.set(short, [...(out.get(short) ?? []), { id: entry.id, parts }]);
    }
  }
  return out;
}

/**
 * Words the articles write in lower case ("today", "government", "variety") or that compromise's lexicon knows as
 * common words: capitalized alone, they may be a title, a show or the first word of a sentence.
 */
function commonWords(annotated: readonly AnnotatedArticle[]): Set<string> {
  const singles = new Set<string>();
  for (const a of annotated) for (const m of a.mentions) if (!m.name.includes(' ')) singles.add(m.name.toLowerCase());
  const out = new Set<string>();
  for (const w of singles) if (isCommonWord(w)) out.add(w);
  for (const a of annotated) for (const s of a.sentences) for (const t of s.tokens) if (singles.has(t.value) && t.pos !== 'PROPN') out.add(t.value);
  return out;
}

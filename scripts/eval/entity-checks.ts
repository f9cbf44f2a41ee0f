import { entityKey } from '../../src/pipeline/meta/entity-registry.ts';
import { eventOf, halfOf, type Half } from './gold-sets.ts';

/** One cross-document entity cluster of ECB+'s gold annotation. */
export interface GoldEntity {
  cluster: string;
  type: string;
  forms: string[];
  in: string[];
}

/** An entity as the check reads it: its name, the forms articles used, and the files that mention it. */
export interface SystemEntity {
  id: string;
  name: string;
  /** From the registry (content/entities.yaml): curated names such as "X" (the platform) are never junk. */
  curated: boolean;
  forms: string[];
  files: string[];
}

// The measuring stick is written apart from the pipeline's own word lists, so a rule there cannot grade itself.
// AP-style and postal state abbreviations, month abbreviations, time zones. "Mo" is left out: it is also a given
// name (ECB+ 5: "Mo Cheeks", "Mo is family"), which the check cannot tell from Missouri.
// Only the AP forms news writes after a city or in a party tag ("Calif.", "Ky."); two-letter postal codes ("AK")
// are left out, as they are mostly parts of other names ("AK-47").
const STATE_ABBREVIATIONS = new Set(
  ('ala ariz ark calif cal colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mont neb nebr nev nh nj nm ny nc nd ' +
    'okla ore pa penn ri sc sd tenn tex vt va wash wva wis wisc wyo').split(' '),
);
const MONTH_ABBREVIATIONS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
const TIME_ZONES = new Set('et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet'.split(' '));
const TITLE_WORDS = new Set(
  ('president vice senator sen rep representative congressman congresswoman governor gov mayor judge justice secretary minister ' +
    'mr mrs ms miss dr prof sir dame lord lady gen general adm admiral col capt lt sgt rev reverend chief ceo chairman coach ' +
    'attorney lawyer officials official spokesman spokeswoman police officer detective director president-elect').split(' '),
);

/** Why a name is junk as an entity (an abbreviation, a title word, a contraction, a single letter), or undefined. */
export function junkReason(name: string): string | undefined {
  const bare = name.trim();
  if (/^\p{L}\.?$/u.test(bare)) return 'single letter';
  if (/[’'](?:m|re|ve|ll|d)$|n[’']t$/iu.test(bare)) return 'contraction';
  if (/^[RDI]-(?:\p{Lu}\p{Ll}{0,4}\.?|(?:\p{Lu}\.){2,3})$/u.test(bare)) return 'party–state tag';
  const key = entityKey(bare);
  if (STATE_ABBREVIATIONS.has(key) && bare.length <= 5) return 'state abbreviation';
  if (MONTH_ABBREVIATIONS.has(key)) return 'month abbreviation';
  if (TIME_ZONES.has(key) && /^\p{Lu}+$/u.test(bare)) return 'time zone';
  if (key.split(' ').every((w) => TITLE_WORDS.has(w))) return 'title word';
  return undefined;
}

/** Entities named in two or more articles of a half whose name is junk, with the reason. */
export function junkEntities(entities: readonly SystemEntity[], half: Half): { name: string; reason: string; articles: number }[] {
  const out: { name: string; reason: string; articles: number }[] = [];
  for (const e of entities) {
    const files = e.files.filter((f) => halfOf(eventOf(f)) === half);
    const reason = e.curated ? undefined : junkReason(e.name);
    if (files.length >= 2 && reason) out.push({ name: e.name, reason, articles: files.length });
  }
  return out.sort((a, b) => b.articles - a.articles || (a.name < b.name ? -1 : 1));
}

/**
 * A gold person with a name: a HUMAN_PART_PER cluster with a form of two or more capitalized words. The gold also
 * counts groups and roles as people ("Officials", "Guards", "Protesters", "Three people"); those are left out.
 */
export function isNamedPerson(cluster: GoldEntity): boolean {
  return cluster.type === 'HUMAN_PART_PER' && cluster.forms.some((f) => /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u.test(f.trim()));
}

export interface PeopleScore {
  /** (file, gold person) pairs: the gold says the article names that person. */
  items: number;
  /** Share of those the article's entities include (one of its links uses a gold form of the person). */
  found: number;
  /** Gold people named by two or more articles of one event. */
  shared: number;
  /** Share of those found in two or more of the event's articles and resolved to one entity in all of them. */
  oneEntity: number;
  /** The shared people that did not end up as one entity, and the entities they were split into. */
  split: { person: string; event: string; entities: string[]; missing: number }[];
}

/**
 * People only (the gold's HUMAN_PART_PER clusters), per half. `formsOf(file)` maps each name form (entityKey) an
 * article links to the entity it was resolved to.
 */
export function scorePeople(gold: readonly GoldEntity[], formsOf: (file: string) => ReadonlyMap<string, string>, half: Half): PeopleScore {
  let items = 0;
  let found = 0;
  let shared = 0;
  let one = 0;
  const split: PeopleScore['split'] = [];
  for (const person of gold) {
    if (!isNamedPerson(person)) continue;
    const forms = new Set(person.forms.map(entityKey));
    const byEvent = new Map<string, string[]>();
    for (const file of person.in) {
      const event = eventOf(file);
      if (halfOf(event) === half) byEvent.set(event, [...(byEvent.get(event) ?? []), file]);
    }
    for (const [event, files] of byEvent) {
      // The article's label for the person: the entity its fullest gold form links to ("Lindsay Lohan" over "LiLo").
      const entityOfFile = files.map((file) => {
        let best: { form: string; entity: string } | undefined;
        for (const [form, entity] of formsOf(file)) if (forms.has(form) && (!best || form.length > best.form.length || (form.length === best.form.length && form < best.form))) best = { form, entity };
        return best?.entity;
      });
      items += files.length;
      const hits = entityOfFile.filter((e): e is string => e !== undefined);
      found += hits.length;
      if (files.length < 2) continue;
      shared++;
      const distinct = [...new Set(hits)].sort();
      if (hits.length >= 2 && distinct.length === 1) one++;
      else split.push({ person: person.forms.reduce((a, b) => (b.length > a.length ? b : a)), event, entities: distinct, missing: files.length - hits.length });
    }
  }
  return { items, found: found / (items || 1), shared, oneEntity: one / (shared || 1), split };
}

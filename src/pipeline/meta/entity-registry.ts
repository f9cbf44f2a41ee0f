import { EntityRegistrySchema, type EntityEntry } from '../../schemas/entity.ts';
import { problem, type ContentProblem } from '../problems.ts';
import { readYamlList } from './yaml-list.ts';

/** How names are compared: case, accents, a leading "the", a possessive and punctuation do not count ("U.S." = "US"). */
export function entityKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s$|[’']$/u, '')
    .replace(/^the\s+/, '')
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}

export interface EntityRegistry {
  entries: readonly EntityEntry[];
  /** The curated entity a name or alias stands for. */
  lookup(name: string): EntityEntry | undefined;
}

// Short forms match only with the same capitals: "DoW" is the department, "Dow" is the stock index; "US" is not "us".
const SHORT = 5;
const exactForm = (name: string) => name.replace(/^the\s+/i, '').replace(/[’']s$|[’']$/u, '').replace(/\./g, '').trim();

export function createEntityRegistry(entries: readonly EntityEntry[]): EntityRegistry {
  const byKey = new Map<string, EntityEntry>();
  const byExactShortForm = new Map<string, EntityEntry>();
  for (const entry of entries) {
    for (const name of [entry.name, ...entry.aliases]) {
      const key = entityKey(name);
      if (key.length <= SHORT) byExactShortForm.set(exactForm(name), entry);
      else byKey.set(key, entry);
    }
  }
  return {
    entries,
    lookup: (name) => {
      const key = entityKey(name);
      return key.length <= SHORT ? byExactShortForm.get(exactForm(name)) : byKey.get(key);
    },
  };
}

/** Reads `content/entities.yaml`; problems name the line, and an alias claimed by two entries is one. */
export function parseEntityRegistry(yamlText: string, file: string): { registry: EntityRegistry; problems: ContentProblem[] } {
  const { entries, problems } = readYamlList(yamlText, file, EntityRegistrySchema, 'entity-registry', 'Each entry needs id (lowercase-with-hyphens), name, type (person, organization, place, product, other) and optional aliases, description, url.');
  if (!entries) return { registry: createEntityRegistry([]), problems };
  const owner = new Map<string, string>();
  const ids = new Set<string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) problems.push(problem(file, 'duplicate-entity', `The entity id "${entry.id}" is used twice.`, 'Give each entity its own id, or merge the entries.'));
    ids.add(entry.id);
    for (const name of [entry.name, ...entry.aliases]) {
      const key = entityKey(name);
      const other = owner.get(key);
      if (other && other !== entry.id) problems.push(problem(file, 'duplicate-alias', `"${name}" names both "${other}" and "${entry.id}".`, 'An alias may belong to one entity only: remove it from one of them.'));
      owner.set(key, entry.id);
    }
  }
  return { registry: createEntityRegistry(entries), problems };
}

/**
 * News outlets are organizations too ("Fortune's Sharon Goldman reports"): outlets from `outlets.yaml` join the
 * entity registry unless an entry there already has their id or one of their names.
 */
export function withOutlets(entries: readonly EntityEntry[], outlets: readonly { id: string; name: string; aliases: string[]; homepage?: string | undefined }[]): EntityEntry[] {
  const ids = new Set(entries.map((e) => e.id));
  const names = new Set(entries.flatMap((e) => [e.name, ...e.aliases].map(entityKey)));
  const added: EntityEntry[] = [];
  for (const o of outlets) {
    const forms = [o.name, ...o.aliases];
    if (ids.has(o.id) || forms.some((f) => names.has(entityKey(f)))) continue;
    added.push({ id: o.id, name: o.name, type: 'organization', aliases: o.aliases, description: `${o.name} is a news outlet.`, ...(o.homepage ? { url: o.homepage } : {}) });
  }
  return [...entries, ...added];
}

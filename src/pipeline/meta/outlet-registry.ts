import { slugify } from '../../schemas/ids.ts';
import { OutletRegistrySchema, type OutletEntry, type OutletRef } from '../../schemas/outlet.ts';
import { problem, type ContentProblem } from '../problems.ts';
import { readYamlList } from './yaml-list.ts';

/** Lookups over `content/outlets.yaml`, built once per build. */
export interface OutletRegistry {
  entries: readonly OutletEntry[];
  /** The outlet of a URL, by its host or any parent domain; unknown hosts get an outlet named after the host. */
  forUrl(url: string): OutletRef | undefined;
  /** The registry outlet called `name` (its name or an alias, any case, with or without "The"). */
  forName(name: string): OutletRef | undefined;
  /** The registry outlet with this id. */
  forId(id: string): OutletRef | undefined;
  /** Registry outlets by normalized name or alias, longest first, for finding citations in text. */
  names: readonly { key: string; outlet: OutletRef }[];
  kindOf(id: string): OutletEntry['kind'] | undefined;
}

export function normalizeOutletName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '');
  } catch {
    return undefined;
  }
}

export function createOutletRegistry(entries: readonly OutletEntry[]): OutletRegistry {
  const byDomain = new Map<string, OutletRef>();
  const byName = new Map<string, OutletRef>();
  const byId = new Map<string, OutletEntry>();
  for (const entry of entries) {
    const ref = { id: entry.id, name: entry.name };
    byId.set(entry.id, entry);
    for (const domain of entry.domains) byDomain.set(domain.toLowerCase().replace(/^www\./, ''), ref);
    for (const name of [entry.name, ...entry.aliases]) {
      const key = normalizeOutletName(name);
      if (key && !byName.has(key)) byName.set(key, ref);
    }
  }
  const names = [...byName.entries()].map(([key, outlet]) => ({ key, outlet })).sort((a, b) => b.key.length - a.key.length || (a.key < b.key ? -1 : 1));
  return {
    entries,
    names,
    forUrl(url) {
      const host = hostOf(url);
      if (!host) return undefined;
      const labels = host.split('.');
      // Most specific first: news.yahoo.com before yahoo.com.
      for (let i = 0; i < labels.length - 1; i++) {
        const hit = byDomain.get(labels.slice(i).join('.'));
        if (hit) return hit;
      }
      return { id: slugify(host), name: host };
    },
    forName(name) {
      return byName.get(normalizeOutletName(name));
    },
    forId(id) {
      const entry = byId.get(id);
      return entry ? { id: entry.id, name: entry.name } : undefined;
    },
    kindOf(id) {
      return byId.get(id)?.kind;
    },
  };
}

/** Reads and validates `outlets.yaml`; every problem names its line. */
export function parseOutletRegistry(yamlText: string, file: string): { registry: OutletRegistry; problems: ContentProblem[] } {
  const { entries, problems } = readYamlList(yamlText, file, OutletRegistrySchema, 'outlet-registry', 'Each entry needs id (lowercase-with-hyphens), name, and optional domains, homepage, aliases, kind.');
  if (!entries) return { registry: createOutletRegistry([]), problems };
  const seenIds = new Set<string>();
  const seenDomains = new Map<string, string>();
  for (const entry of entries) {
    if (seenIds.has(entry.id)) problems.push(problem(file, 'duplicate-outlet', `The outlet id "${entry.id}" is used twice.`, 'Give each outlet its own id, or merge the two entries.'));
    seenIds.add(entry.id);
    for (const domain of entry.domains) {
      // Compare domains the way lookups see them, so "www.a.com" and "a.com" collide.
      const d = domain.toLowerCase().replace(/^www\./, '');
      const other = seenDomains.get(d);
      if (other) problems.push(problem(file, 'duplicate-domain', `The domain ${d} belongs to both "${other}" and "${entry.id}".`, 'Keep the domain in one entry only.'));
      seenDomains.set(d, entry.id);
    }
  }
  return { registry: createOutletRegistry(entries), problems };
}

import type { DerivedFrom } from '../../schemas/article.ts';
import { slugify } from '../../schemas/ids.ts';
import { UNKNOWN_OUTLET, type OutletRef } from '../../schemas/outlet.ts';
import type { OriginFooter } from '../clean/chrome-rules.ts';
import type { OutletRegistry } from './outlet-registry.ts';

export interface OutletDecision {
  outlet: OutletRef;
  /** True when no field named the outlet and it was worked out from the URL or a footer. */
  inferred: boolean;
  republishedBy?: OutletRef;
  derivedFrom?: DerivedFrom;
  /** The author field turned out to name a publisher, not a person. */
  authorWasPublisher: boolean;
}

function byNameOrId(value: string, registry: OutletRegistry): OutletRef {
  // `site: https://example.com` names the outlet by its address.
  if (/^https?:\/\//i.test(value) && URL.canParse(value)) return registry.forUrl(value) ?? UNKNOWN_OUTLET;
  return registry.forId(value) ?? registry.forName(value) ?? { id: slugify(value) || 'unknown', name: value };
}

/**
 * Who gets the credit. In order: an outlet the source names; the outlet a republication footer names
 * (the copy is credited to the original, its publisher noted); the URL's domain; otherwise unknown.
 * An author field that names a registry outlet ("AIVibe") is the republisher, not a person.
 */
export function resolveOutlet(input: {
  named?: string;
  url?: string;
  author?: string;
  origin?: OriginFooter;
  registry: OutletRegistry;
}): OutletDecision {
  const { registry } = input;
  const authorOutlet = input.author ? registry.forName(input.author) : undefined;
  const urlOutlet = input.url ? registry.forUrl(input.url) : undefined;
  if (input.origin) {
    const original = registry.forName(input.origin.outletName) ?? (input.origin.url ? registry.forUrl(input.origin.url) : undefined) ?? byNameOrId(input.origin.outletName, registry);
    const publisher = input.named ? byNameOrId(input.named, registry) : authorOutlet ?? (urlOutlet && urlOutlet.id !== original.id ? urlOutlet : undefined);
    const derivedFrom: DerivedFrom = { outlet: original, reason: 'republished', evidence: input.origin.text };
    if (input.origin.url && URL.canParse(input.origin.url)) derivedFrom.url = input.origin.url;
    return {
      outlet: original,
      inferred: true,
      derivedFrom,
      authorWasPublisher: authorOutlet !== undefined,
      ...(publisher && publisher.id !== original.id ? { republishedBy: publisher } : {}),
    };
  }
  if (input.named) return { outlet: byNameOrId(input.named, registry), inferred: false, authorWasPublisher: false };
  if (urlOutlet) return { outlet: urlOutlet, inferred: true, authorWasPublisher: false };
  if (authorOutlet) return { outlet: authorOutlet, inferred: true, authorWasPublisher: true };
  return { outlet: UNKNOWN_OUTLET, inferred: false, authorWasPublisher: false };
}

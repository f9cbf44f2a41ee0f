import type { EntityType } from '../../schemas/entity.ts';

/** Headings for each entity type, in the order the index lists them. */
export const ENTITY_TYPE_LABELS: Readonly<Record<EntityType, { singular: string; plural: string }>> = {
  person: { singular: 'Person', plural: 'People' },
  organization: { singular: 'Organization', plural: 'Organizations' },
  place: { singular: 'Place', plural: 'Places' },
  product: { singular: 'Product', plural: 'Products' },
  other: { singular: 'Other', plural: 'Other names' },
};

export const ENTITY_TYPE_ORDER: readonly EntityType[] = ['person', 'organization', 'place', 'product', 'other'];

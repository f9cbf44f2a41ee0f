import { describe, expect, it } from 'vitest';
import type { EntityPage } from '../../schemas/entity.ts';
import { EntitiesExportSchema } from '../../schemas/export.ts';
import { entitiesExportJson } from './entities-export.ts';

const dod: EntityPage = {
  id: 'department-of-defense',
  name: 'U.S. Department of Defense',
  type: 'organization',
  curated: true,
  description: 'The U.S. federal executive department responsible for the armed forces.',
  url: 'https://www.defense.gov/',
  aliases: [
    { form: 'Defense Department', outlets: ['engadget'] },
    { form: 'Department of War', outlets: ['engadget', 'techcrunch'] },
    { form: 'DoW', outlets: ['engadget'] },
    { form: 'Pentagon', outlets: ['techcrunch', 'the-decoder'] },
  ],
  articles: ['engadget-openai', 'techcrunch-openai', 'the-decoder-openai'],
  sentences: [{ article: 'techcrunch-openai', text: 'The Pentagon pushed AI companies, including Anthropic, to allow their models be used for all lawful purposes.' }],
  related: [{ id: 'openai', count: 3 }],
};
const altman: EntityPage = {
  id: 'sam-altman',
  name: 'Sam Altman',
  type: 'person',
  curated: false,
  aliases: [
    { form: 'Altman', outlets: ['engadget', 'the-decoder'] },
    { form: 'Sam Altman', outlets: ['techcrunch'] },
  ],
  articles: ['engadget-openai', 'techcrunch-openai', 'the-decoder-openai'],
  sentences: [{ article: 'techcrunch-openai', text: 'OpenAI CEO Sam Altman announced late on Friday that his company has reached an agreement.' }],
  related: [{ id: 'department-of-defense', count: 3 }],
};
const anthropic: EntityPage = {
  id: 'anthropic',
  name: 'Anthropic',
  type: 'organization',
  curated: true,
  aliases: [{ form: 'Anthropic', outlets: ['techcrunch'] }],
  articles: ['techcrunch-openai'],
  sentences: [{ article: 'techcrunch-openai', text: 'Anthropic sought to draw a red line around mass domestic surveillance.' }],
  related: [],
};

const permutations = <T,>(xs: readonly T[]): T[][] => (xs.length <= 1 ? [[...xs]] : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest])));

describe('entitiesExportJson', () => {
  const json = entitiesExportJson([dod, altman, anthropic]);
  const records = JSON.parse(json) as { id: string; aliases: string[]; usedBy: unknown; description?: string; url?: string }[];

  it('is sorted by id', () => {
    expect(records.map((r) => r.id)).toEqual(['anthropic', 'department-of-defense', 'sam-altman']);
  });

  it('validates against EntitiesExportSchema', () => {
    expect(EntitiesExportSchema.safeParse(records).success).toBe(true);
  });

  it('is byte-identical whatever the input order', () => {
    for (const order of permutations([dod, altman, anthropic])) expect(entitiesExportJson(order)).toBe(json);
  });

  it('does not reorder the caller’s array', () => {
    const input = [dod, altman, anthropic];
    entitiesExportJson(input);
    expect(input.map((e) => e.id)).toEqual(['department-of-defense', 'sam-altman', 'anthropic']);
  });

  it('lists the forms as aliases, and which outlet used which form as usedBy', () => {
    const r = records.find((x) => x.id === 'department-of-defense')!;
    expect(r.aliases).toEqual(['Defense Department', 'Department of War', 'DoW', 'Pentagon']);
    expect(r.usedBy).toEqual(dod.aliases);
    expect(records.find((x) => x.id === 'sam-altman')!.aliases).toEqual(['Altman', 'Sam Altman']);
  });

  it('writes exactly the published fields, with description and url only when known', () => {
    expect(records[1]).toEqual({
      id: 'department-of-defense',
      name: 'U.S. Department of Defense',
      type: 'organization',
      aliases: ['Defense Department', 'Department of War', 'DoW', 'Pentagon'],
      usedBy: dod.aliases,
      articles: ['engadget-openai', 'techcrunch-openai', 'the-decoder-openai'],
      curated: true,
      description: 'The U.S. federal executive department responsible for the armed forces.',
      url: 'https://www.defense.gov/',
    });
    const sam = records.find((x) => x.id === 'sam-altman')!;
    expect('description' in sam).toBe(false);
    expect('url' in sam).toBe(false);
    expect(json).not.toContain('sentences');
    expect(json).not.toContain('related');
  });

  it('is pretty-printed JSON ending in a newline, and an empty list is "[]"', () => {
    expect(json.endsWith('}\n]\n')).toBe(true);
    expect(json).toContain('\n  {\n    "id": "anthropic",');
    expect(entitiesExportJson([])).toBe('[]\n');
  });

  it('refuses to write a record that breaks the schema', () => {
    expect(() => entitiesExportJson([{ ...altman, id: 'Sam Altman' }])).toThrow();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EntityEntry } from '../../schemas/entity.ts';
import { createEntityRegistry, entityKey, parseEntityRegistry } from './entity-registry.ts';

describe('entityKey', () => {
  it.each([
    ['Pentagon', 'PENTAGON'],
    ['Pentagon', 'the Pentagon'],
    ['Pentagon', 'The Pentagon'],
    ['Pentagon', 'Pentagon’s'],
    ['Pentagon', "Pentagon's"],
    ['U.S.', 'US'],
    ['U.S.', 'u.s.'],
    ['Société Générale', 'Societe Generale'],
    ['Zürich', 'ZURICH'],
    ['Department of War', 'the department of war'],
  ])('%j and %j are the same name', (a, b) => {
    expect(entityKey(a)).toBe(entityKey(b));
  });

  it.each([
    ['Pentagon', 'pentagon'],
    ['U.S.', 'us'],
    ['The Pentagon’s', 'pentagon'],
    ['Société Générale', 'societe generale'],
    ['Procter & Gamble', 'procter & gamble'],
    ['  Sam   Altman ', 'sam altman'],
    ['Theranos', 'theranos'],
    ['Bank of the West', 'bank of the west'],
  ])('%j → %j', (name, key) => {
    expect(entityKey(name)).toBe(key);
  });

  it.each([
    ['Trump', 'Trump Tower'],
    ['Dina Lohan', 'Lindsay Lohan'],
    ['Department of Defense', 'Department of War'],
  ])('%j and %j are different names', (a, b) => {
    expect(entityKey(a)).not.toBe(entityKey(b));
  });
});

const entries: EntityEntry[] = [
  { id: 'department-of-defense', name: 'U.S. Department of Defense', type: 'organization', aliases: ['Pentagon', 'Department of Defense', 'DoD', 'DOD', 'Department of War', 'DoW'] },
  { id: 'united-states', name: 'United States', type: 'place', aliases: ['US', 'U.S.'] },
  { id: 'tesla', name: 'Tesla', type: 'organization', aliases: [] },
  { id: 'nvidia', name: 'Nvidia', type: 'organization', aliases: [] },
];
const registry = createEntityRegistry(entries);

describe('createEntityRegistry: lookup', () => {
  it.each([
    ['Pentagon', 'department-of-defense'],
    ['the pentagon', 'department-of-defense'],
    ['THE PENTAGON', 'department-of-defense'],
    ['Pentagon’s', 'department-of-defense'],
    ['department of war', 'department-of-defense'],
    ['u.s. department of defense', 'department-of-defense'],
    ['DoW', 'department-of-defense'],
    ['the DoW', 'department-of-defense'],
    ['DoD', 'department-of-defense'],
    ['DOD', 'department-of-defense'],
    ['US', 'united-states'],
    ['U.S.', 'united-states'],
    ['united states', 'united-states'],
    // Six letters: long enough to match in any case.
    ['NVIDIA', 'nvidia'],
    ['nvidia', 'nvidia'],
    // Five letters: a short form, so only as written.
    ['Tesla', 'tesla'],
  ])('%j → %s', (name, id) => {
    expect(registry.lookup(name)?.id).toBe(id);
  });

  it.each([['Dow'], ['DOW'], ['dow'], ['us'], ['Us'], ['u.s.'], ['dod'], ['tesla'], ['TESLA'], ['Pentagons'], ['War'], ['Defense']])(
    '%j finds nothing: short forms need the same capitals, and only whole names match',
    (name) => {
      expect(registry.lookup(name)).toBeUndefined();
    },
  );

  it('returns the entry itself, with its canonical name and type', () => {
    expect(registry.lookup('the Pentagon')).toEqual(entries[0]);
    expect(registry.entries).toBe(entries);
  });

  // BUG: short forms are compared with exactForm(), which strips "the" and periods but not a possessive, so
  // "DoW’s" misses although entityKey ignores possessives and content/entities.yaml promises they do not count.
  it.each([['DoW’s'], ["DoW's"], ['the DoD’s']])('%j → department-of-defense (a possessive does not count)', (name) => {
    expect(registry.lookup(name)?.id).toBe('department-of-defense');
  });
});

describe('parseEntityRegistry', () => {
  it('reads valid YAML into a registry, with aliases defaulting to none', () => {
    const yaml = ['- id: openai', '  name: OpenAI', '  type: organization', '- id: anthropic', '  name: Anthropic', '  type: organization', '  aliases: [Anthropic PBC]', ''].join('\n');
    const { registry: r, problems } = parseEntityRegistry(yaml, 'entities.yaml');
    expect(problems).toEqual([]);
    expect(r.entries).toEqual([
      { id: 'openai', name: 'OpenAI', type: 'organization', aliases: [] },
      { id: 'anthropic', name: 'Anthropic', type: 'organization', aliases: ['Anthropic PBC'] },
    ]);
    expect(r.lookup('anthropic pbc')?.id).toBe('anthropic');
  });

  it('reports an id used twice', () => {
    const yaml = ['- id: nsa', '  name: National Security Agency', '  type: organization', '- id: nsa', '  name: NSA', '  type: organization', ''].join('\n');
    const { problems } = parseEntityRegistry(yaml, 'entities.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'entities.yaml', code: 'duplicate-entity' });
    expect(problems[0]!.problem).toContain('"nsa"');
  });

  it('reports an alias that two entries claim, naming both, even when written differently', () => {
    const yaml = [
      '- id: department-of-defense',
      '  name: Department of Defense',
      '  type: organization',
      '  aliases: [Pentagon]',
      '- id: pentagon-building',
      '  name: Pentagon building',
      '  type: place',
      '  aliases: [the Pentagon]',
      '',
    ].join('\n');
    const { problems } = parseEntityRegistry(yaml, 'entities.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'duplicate-alias' });
    expect(problems[0]!.problem).toContain('department-of-defense');
    expect(problems[0]!.problem).toContain('pentagon-building');
  });

  it.each([
    ['type', ['- id: openai', '  name: OpenAI', '  type: organization', '- id: anthropic', '  name: Anthropic', '  type: company'], 6, '1.type'],
    ['id', ['- id: openai', '  name: OpenAI', '  type: organization', '- id: Anthropic PBC', '  name: Anthropic', '  type: organization'], 4, '1.id'],
    ['url', ['- id: openai', '  name: OpenAI', '  type: organization', '  url: openai dot com'], 4, '0.url'],
  ])('reports a bad %s with the line it is on', (_, lines, line, path) => {
    const { registry: r, problems } = parseEntityRegistry(lines.join('\n') + '\n', 'entities.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'entities.yaml', code: 'entity-registry', line });
    expect(problems[0]!.problem.startsWith(`${path}:`)).toBe(true);
    // A registry that failed validation teaches nothing.
    expect(r.entries).toEqual([]);
  });

  // BUG: for a missing field the issue path points at a node that does not exist, so the problem has no line at all.
  it('reports a missing name with the line of its entry', () => {
    const yaml = ['- id: openai', '  name: OpenAI', '  type: organization', '- id: anthropic', '  type: organization', ''].join('\n');
    const { problems } = parseEntityRegistry(yaml, 'entities.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(4);
  });

  it('reports an unresolved YAML alias instead of throwing', () => {
    const yaml = ['- id: openai', '  name: OpenAI', '  type: organization', '  aliases: [*openai-names]', ''].join('\n');
    let result: ReturnType<typeof parseEntityRegistry> | undefined;
    expect(() => {
      result = parseEntityRegistry(yaml, 'entities.yaml');
    }).not.toThrow();
    expect(result!.problems).toHaveLength(1);
    expect(result!.problems[0]).toMatchObject({ file: 'entities.yaml', code: 'yaml-syntax' });
    expect(result!.registry.entries).toEqual([]);
    expect(result!.registry.lookup('OpenAI')).toBeUndefined();
  });

  it('reports broken YAML syntax with its line', () => {
    const yaml = ['- id: openai', '  name: OpenAI', '  type: organization', '- id: anthropic', '  name: "Anthropic', '  type: organization', ''].join('\n');
    const { problems } = parseEntityRegistry(yaml, 'entities.yaml');
    expect(problems.length).toBeGreaterThanOrEqual(1);
    expect(problems.every((p) => p.code === 'yaml-syntax')).toBe(true);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(5);
  });
});

describe('content/entities.yaml', () => {
  const text = readFileSync(new URL('../../../content/entities.yaml', import.meta.url), 'utf8');
  const { registry: r, problems } = parseEntityRegistry(text, 'entities.yaml');

  it('has no problems', () => {
    expect(problems).toEqual([]);
    expect(r.entries.length).toBeGreaterThan(0);
  });

  it('resolves every name of the Pentagon to one entry', () => {
    const names = ['Pentagon', 'the Pentagon', 'Department of Defense', 'Defense Department', 'DoD', 'Department of War', 'DoW'];
    const ids = names.map((n) => r.lookup(n)?.id);
    expect(ids.every((id) => id !== undefined)).toBe(true);
    expect(new Set(ids).size).toBe(1);
    expect(r.lookup('Dow')?.id).not.toBe(ids[0]);
  });
});

import { describe, expect, it } from 'vitest';
import { partyDescription, partyTagAfter } from './party.ts';

describe('party tags and descriptions (US political copy)', () => {
  it('reads "(R-Va.)", "(D-N.Y.)", "(I-Vt.)" and "(D-W. Va.)" after a name', () => {
    const text = 'Rep. Dave Brat (R-Va.) and Sen. Chuck Schumer (D-N.Y.) met Sen. Bernie Sanders (I-Vt.) and Nick J. Rahall II (D-W. Va.).';
    expect(partyTagAfter(text, text.indexOf(' (R-Va.)'))).toEqual({ party: 'R', state: 'virginia' });
    expect(partyTagAfter(text, text.indexOf(' (D-N.Y.)'))).toEqual({ party: 'D', state: 'new york' });
    expect(partyTagAfter(text, text.indexOf(' (I-Vt.)'))).toEqual({ party: 'I', state: 'vermont' });
    expect(partyTagAfter(text, text.indexOf(' (D-W. Va.)'))).toEqual({ party: 'D', state: 'west virginia' });
    // A parenthesis that is no party tag.
    expect(partyTagAfter('Anthropic (the maker of Claude) said', 'Anthropic'.length)).toBeUndefined();
  });

  it('reads a description by state and party, and nothing else', () => {
    expect(partyDescription('Kentucky Republican')).toEqual({ party: 'R', state: 'kentucky' });
    expect(partyDescription('New York Democrat')).toEqual({ party: 'D', state: 'new york' });
    expect(partyDescription('Republican')).toEqual({ party: 'R' });
    expect(partyDescription('Republican leader')).toBeUndefined();
    expect(partyDescription('Lincoln Republican')).toBeUndefined();
  });

  it('reads words in lower case before the party as a kind of member, not an ordinal', () => {
    expect(partyDescription('first - term Republican')).toEqual({ party: 'R' });
    expect(partyDescription('freshman Democrat')).toEqual({ party: 'D' });
    expect(partyDescription('first Democrat')).toBeUndefined();
    expect(partyDescription('only Republican')).toBeUndefined();
    expect(partyDescription('longest - serving Democrat')).toEqual({ party: 'D' });
    expect(partyDescription('freshman Independent')).toBeUndefined();
  });
});

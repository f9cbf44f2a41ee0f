import { describe, expect, it } from 'vitest';
import { renamedCopy } from './make-corpus.ts';

describe('renamedCopy', () => {
  const text = [
    '---',
    'title: "Esther Williams, swimming star, dies at 91"',
    'url: "http://www.example.com/2013/06/esther-williams/20130606/story.htm"',
    'date: 2013-06-06T23:38:00Z',
    '---',
    'Friday, June 7, 2013',
    '',
    'Esther Williams starred in the musicals of the 1940s. Williams died on Thursday, aged 91.',
  ].join('\n');

  it('leaves the original alone', () => {
    expect(renamedCopy(text, 0)).toBe(text);
  });

  it('replaces every proper name, the same way within a copy and differently in another, but not in URLs or common words', () => {
    const one = renamedCopy(text, 1);
    const two = renamedCopy(text, 2);
    expect(one).not.toMatch(/Esther|Williams/);
    const name = /title: "(\S+) (\S+),/.exec(one)!;
    expect(one).toContain(`${name[2]} died on Thursday`);
    expect(two).not.toContain(`${name[1]} ${name[2]}`);
    expect(one).toContain('http://www.example.com/');
    expect(one).toContain('esther-williams');
    expect(one).toMatch(/^Friday, June 7, /m);
  });

  it('moves every year on by the copy number, whatever the date format, so copies lie years apart', () => {
    const three = renamedCopy(text, 3);
    expect(three).toContain('/2016/06/');
    expect(three).toContain('/20160606/');
    expect(three).toContain('date: 2016-06-06T23:38:00Z');
    expect(three).toContain('June 7, 2016');
    // Decades and ages are not years of a date.
    expect(three).toContain('the 1940s');
    expect(three).toContain('aged 91');
  });

  it('never writes a day the calendar lacks', () => {
    expect(renamedCopy('date: 2012-02-29', 1)).toBe('date: 2013-02-28');
    expect(renamedCopy('date: 2012-02-29', 4)).toBe('date: 2016-02-29');
    expect(renamedCopy('id 20121399', 1)).toBe('id 20121399');
  });
});

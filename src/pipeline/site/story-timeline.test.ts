import { describe, expect, it } from 'vitest';
import { timelineByDay } from './story-timeline.ts';

const article = (id: string, published?: string) => ({ id, title: id, outlet: { id: 'o', name: 'O' }, ...(published ? { published } : {}) });
const claim = (id: string, firstReported?: string) => ({ id, text: id, kind: 'statement' as const, sources: 2, in: [], ...(firstReported ? { firstReported } : {}) });

describe('timelineByDay', () => {
  it('groups articles and first reports by day, earliest first, articles in time order', () => {
    const days = timelineByDay(
      [article('late', '2026-03-01T18:00:00Z'), article('early', '2026-03-01T08:00:00Z'), article('before', '2026-02-27'), article('undated')],
      [claim('c1', '2026-03-01T08:00:00Z'), claim('c2', '2026-02-27'), claim('c3')],
    );
    expect(days.map((d) => [d.day, d.articles.map((a) => a.id), d.firstReports.map((c) => c.id)])).toEqual([
      ['2026-02-27', ['before'], ['c2']],
      ['2026-03-01', ['early', 'late'], ['c1']],
    ]);
  });

  it('is empty when nothing is dated', () => {
    expect(timelineByDay([article('a')], [claim('c')])).toEqual([]);
  });
});

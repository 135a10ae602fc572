import { describe, expect, it } from 'vitest';
import { forYouScore, rankForYou, type RankItem } from './for-you';

const NOW = Date.parse('2025-06-02T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW - h * 3_600_000).toISOString();
const item = (id: string, importance: number, ageHours: number, share = 0): RankItem => ({ id, importance, publishedAt: hoursAgo(ageHours), share });

describe('forYouScore', () => {
  it('weights importance by exposure and halves it every day', () => {
    expect(forYouScore(item('a', 6, 0), NOW)).toBe(6);
    expect(forYouScore(item('a', 6, 24), NOW)).toBe(3);
    expect(forYouScore(item('a', 6, 0, 1), NOW)).toBe(60);
    expect(forYouScore(item('a', 5, 48, 0.2), NOW)).toBeCloseTo(5 * 2.8 * 0.25, 10);
  });
  it('counts a story dated in the future as new, not as more than new', () => {
    expect(forYouScore(item('a', 4, -5), NOW)).toBe(4);
  });
});

describe('rankForYou', () => {
  it('puts a held story above a more important one about something else, and old news below fresh', () => {
    const ranked = rankForYou([item('big', 9, 1), item('mine', 5, 1, 0.31), item('old', 10, 96), item('fresh', 3, 0)], NOW);
    expect(ranked.map((r) => r.id)).toEqual(['mine', 'big', 'fresh', 'old']);
  });
  it('breaks ties by newest, then by id, whatever the input order', () => {
    const tied = [item('b', 4, 2), item('a', 4, 2), item('c', 8, 26)]; // c: 8 × ½^(26/24) < 4
    const forward = rankForYou(tied, NOW).map((r) => r.id);
    expect(forward).toEqual(['b', 'a', 'c']);
    expect(rankForYou([...tied].reverse(), NOW).map((r) => r.id)).toEqual(forward);
    const sameScore = [item('x', 8, 24), item('y', 4, 0)]; // both score 4: the newer wins
    expect(rankForYou(sameScore, NOW).map((r) => r.id)).toEqual(['y', 'x']);
  });
});

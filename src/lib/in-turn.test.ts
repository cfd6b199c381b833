import { describe, expect, it } from 'vitest';
import { inTurn } from './in-turn.ts';

describe('inTurn', () => {
  it('never runs more than the limit at once and reports every item, failures too', async () => {
    let running = 0;
    let most = 0;
    const seen: string[] = [];
    await inTurn(
      [1, 2, 3, 4, 5, 6, 7],
      3,
      async (n) => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 1));
        running -= 1;
        if (n === 4) throw new Error('four');
        return n * 10;
      },
      (n, result) =>
        seen.push(result.status === 'fulfilled' ? `${n}:${result.value}` : `${n}:failed`),
    );
    expect(most).toBe(3);
    expect(seen.sort()).toEqual(['1:10', '2:20', '3:30', '4:failed', '5:50', '6:60', '7:70']);
  });
});

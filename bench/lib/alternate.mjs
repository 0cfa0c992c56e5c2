// Two readers timed over the same pages in one process: each page is read by both in turn, and
// which goes first alternates rep by rep, because the second read of a page finds its bytes in
// cache (an A/A run of one build gave B/A 0.90 and 0.98 with B always second, 1.01 and 1.03
// alternating). Returns the total milliseconds of each.
import { performance } from 'node:perf_hooks';

export function timeAlternating(a, b, pages, reps) {
  let ta = 0;
  let tb = 0;
  for (let r = 0; r < reps; r++) {
    const [first, second] = r % 2 === 0 ? [a, b] : [b, a];
    for (const p of pages) {
      const t0 = performance.now();
      first.read(p, { format: 'html' });
      const t1 = performance.now();
      second.read(p, { format: 'html' });
      const t2 = performance.now();
      if (first === a) {
        ta += t1 - t0;
        tb += t2 - t1;
      } else {
        tb += t1 - t0;
        ta += t2 - t1;
      }
    }
  }
  return [ta, tb];
}

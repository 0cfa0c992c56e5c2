// Where the benchmark data lives and which extraction sets it holds: one answer for every script in
// bench/. The data is for evaluation only and never part of the repo.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const EXTRACTION_SETS = ['aeb', 'wcxb-dev'];

// The benchmark folder: --data DIR when given, else $PITH_BENCH, else ../shared/bench beside the
// repo.
export function benchData(arg) {
  return resolve(arg || process.env.PITH_BENCH || join(ROOT, '..', 'shared', 'bench'));
}

// The extraction sets a --set value names ("all": every one), or null for a name that is none.
export function setsNamed(name) {
  if (name === 'all') return [...EXTRACTION_SETS];
  return EXTRACTION_SETS.includes(name) ? [name] : null;
}

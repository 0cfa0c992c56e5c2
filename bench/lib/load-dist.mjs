// A pith build in a folder, loaded as a user of the npm package gets it: through the folder's Node
// entry (node.js) when it has one, so host hooks such as its string copy are in use; otherwise its
// api.js over the glue (a build configured with -DPITH_DIST_DIR holds only the glue and the wasm).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function loadPith(dir) {
  const base = pathToFileURL(resolve(dir) + '/').href;
  if (existsSync(join(dir, 'node.js'))) {
    const { createPith } = await import(base + 'node.js');
    return createPith();
  }
  const { default: createCore } = await import(base + 'pith-core.mjs');
  const { createApi } = await import(base + 'api.js');
  return createApi(await createCore({ wasmBinary: readFileSync(join(dir, 'pith-core.wasm')) }));
}

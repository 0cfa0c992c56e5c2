#!/usr/bin/env bash
# Builds everything from one CMakeLists.txt: the native library, CLI (build/pith) and tests, then the
# WebAssembly package (dist/), then copies the package into the extension so it is a self-contained
# folder (the page, in web/, uses that copy too). Incremental: a second run with nothing changed
# takes a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

echo "== native build (build/)"
[ -f build/CMakeCache.txt ] || cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$jobs"

echo "== WebAssembly build (build-wasm/ -> dist/)"
# emcc's optimizer needs Debian's acorn; never point EM_CACHE elsewhere (Debian's cache is prebuilt).
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
closure=OFF
if [ -x node_modules/.bin/google-closure-compiler ]; then
  export EM_CLOSURE_COMPILER="$PWD/node_modules/.bin/google-closure-compiler"
  closure=ON
fi
# Configured every run (about a second) so the closure setting follows what npm installed.
emcmake cmake -S . -B build-wasm -DCMAKE_BUILD_TYPE=Release -DPITH_CLOSURE=$closure \
  -DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node >/dev/null
cmake --build build-wasm -j"$jobs"

echo "== package (dist/) and its copy in web/extension/engine/"
cp wasm/api.js wasm/index.js wasm/node.js wasm/index.d.ts dist/
mkdir -p web/extension/engine
cp dist/index.js dist/api.js dist/pith-core.mjs dist/pith-core.wasm web/extension/engine/
wasm_bytes=$(stat -c %s dist/pith-core.wasm)
js_bytes=$(cat dist/pith-core.mjs dist/index.js dist/api.js | wc -c)
wasm_gz=$(gzip -9c dist/pith-core.wasm | wc -c)
js_gz=$(cat dist/pith-core.mjs dist/index.js dist/api.js | gzip -9c | wc -c)
echo "shipped: pith-core.wasm ${wasm_bytes} B (${wasm_gz} B gzip), JS ${js_bytes} B (${js_gz} B gzip)"

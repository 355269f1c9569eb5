#!/usr/bin/env bash
# The portal's client (WASM + JS glue) as a release build makes it, for each git revision
# given (default: the commit before the languages, 3506d32, and HEAD), so that a change's
# effect on what the browser downloads is a measured figure: raw, gzip -9 and brotli -11.
#
#   bench/client_size.sh [REV...]
#
# Each revision is checked out into a scratch worktree and built the way cargo-leptos
# builds a release client (the wasm-release profile, wasm-bindgen --target web, wasm-opt
# -Oz); one shared target directory keeps the dependencies compiled once.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-tools.sh build >/dev/null

revs=("$@")
[ ${#revs[@]} -gt 0 ] || revs=(3506d32 HEAD)
target_dir="$PWD/target/client-size"
wasm_opt="$PWD/.tools/node_modules/.bin/wasm-opt"
scratch=$(mktemp -d)
trap 'for w in "$scratch"/*/; do git worktree remove --force "$w" 2>/dev/null || true; done; rm -rf "$scratch"' EXIT

for rev in "${revs[@]}"; do
  commit=$(git rev-parse --short "$rev")
  tree="$scratch/$commit"
  git worktree add --quiet --detach "$tree" "$commit"
  (cd "$tree" && cargo build --quiet --lib --profile wasm-release \
    --target wasm32-unknown-unknown --no-default-features --features hydrate \
    --target-dir "$target_dir")
  out="$scratch/out-$commit"
  wasm-bindgen --target web --no-typescript --out-name vinr-portal --out-dir "$out" \
    "$target_dir/wasm32-unknown-unknown/wasm-release/vinr_portal.wasm"
  "$wasm_opt" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    "$out/vinr-portal_bg.wasm" -o "$out/vinr-portal_bg.wasm"
  node -e '
    const fs = require("fs"), zlib = require("zlib");
    const [dir, rev] = process.argv.slice(1);
    const sizes = { raw: 0, gzip: 0, br: 0 };
    for (const f of ["vinr-portal_bg.wasm", "vinr-portal.js"]) {
      const data = fs.readFileSync(`${dir}/${f}`);
      sizes.raw += data.length;
      sizes.gzip += zlib.gzipSync(data, { level: 9 }).length;
      sizes.br += zlib.brotliCompressSync(data, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
      }).length;
    }
    console.log(`${rev.padEnd(10)} JS + WASM raw ${String(sizes.raw).padStart(8)}  gzip ${String(sizes.gzip).padStart(7)}  brotli ${String(sizes.br).padStart(7)}`);
  ' "$out" "$commit"
done

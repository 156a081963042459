// The last step of scripts/build.sh, on the site folder it wrote:
//
//   node scripts/site-files.mjs SITE HASH_FILE [--precompress]
//
// 1. Names each of /pkg/'s files by a hash of its content (`portal.css` → `portal.<hash>.css`), so
//    the server may let browsers keep them for a year (server/src/http/assets.rs), and lists the
//    hashes in HASH_FILE (`js: …`, `wasm: …`, `css: …`), which Leptos and the server read beside
//    the `portal` program. The hash is cargo-leptos' (MD5, base64url, 22 characters), so either
//    tool's build serves the same way.
// 2. With --precompress, writes `<file>.br` (brotli, best) and `<file>.gz` (gzip, best) beside
//    every site file, so no request compresses a static file again.
//
// Only Node's own modules: it runs wherever scripts/setup.sh put Node.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const [site, hashFile, ...flags] = process.argv.slice(2);
if (!site || !hashFile || flags.some((f) => f !== '--precompress')) {
  console.error('usage: node scripts/site-files.mjs SITE HASH_FILE [--precompress]');
  process.exit(2);
}

const pkg = join(site, 'pkg');
const hashes = [];
for (const name of readdirSync(pkg)) {
  const path = join(pkg, name);
  // wasm-bindgen's snippets keep their names: the module imports them by name.
  if (!statSync(path).isFile()) continue;
  const ext = extname(name);
  if (hashes.some((line) => line.startsWith(`${ext.slice(1)}:`))) {
    console.error(`two ${ext} files in ${pkg}: the hash file can name one`);
    process.exit(1);
  }
  const hash = createHash('md5').update(readFileSync(path)).digest('base64url');
  renameSync(path, join(pkg, `${name.slice(0, -ext.length)}.${hash}${ext}`));
  hashes.push(`${ext.slice(1)}: ${hash}`);
}
// Leptos reads the lines it knows (js, wasm) and the stylesheet link reads css; order is free.
mkdirSync(dirname(hashFile), { recursive: true });
writeFileSync(hashFile, hashes.sort().join('\n') + '\n');

if (flags.includes('--precompress')) {
  for (const path of files(site)) {
    const content = readFileSync(path);
    writeFileSync(`${path}.br`, brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }));
    writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
  }
}

function* files(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

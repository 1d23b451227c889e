// Builds the playground and the explorer into dist/: bundles src/main.jsx
// (GraphiQL, React, CSS) and src/explore/main.js (Cytoscape, CSS) with esbuild
// into content-hashed files under dist/assets/ and writes dist/index.html and
// dist/explore.html that reference them with relative URLs. Nothing in the
// output refers to another host, so the page works without internet.
import * as esbuild from 'esbuild';
import { readFile, writeFile, rm, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(root, 'dist');

// Empty dist/ but keep the committed placeholder (dist/.gitkeep) that lets
// the Go package compile before the assets are built.
await mkdir(dist, { recursive: true });
for (const name of await readdir(dist)) {
  if (name !== '.gitkeep') {
    await rm(path.join(dist, name), { recursive: true, force: true });
  }
}

const started = Date.now();
const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: { playground: 'src/main.jsx', explore: 'src/explore/main.js' },
  outdir: 'dist/assets',
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'esm',
  target: ['es2020'],
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
});

const outputs = Object.keys(result.metafile.outputs).map((p) =>
  path.relative(dist, path.join(root, p)).split(path.sep).join('/'),
);
// pages maps each page to its entry point and its HTML template.
const pages = [
  { entry: 'playground', template: 'src/index.html', out: 'index.html' },
  { entry: 'explore', template: 'src/explore/index.html', out: 'explore.html' },
];
for (const page of pages) {
  const mine = outputs.filter((p) => p.startsWith(`assets/${page.entry}-`) && !p.endsWith('.txt'));
  const js = mine.filter((p) => p.endsWith('.js'));
  const css = mine.filter((p) => p.endsWith('.css'));
  if (js.length !== 1) {
    throw new Error(`${page.entry}: expected exactly one JS bundle, got ${js.join(', ')}`);
  }
  let html = await readFile(path.join(root, page.template), 'utf8');
  html = html
    .replace('<!--CSS-->', css.map((href) => `<link rel="stylesheet" href="${href}" />`).join('\n    '))
    .replace('<!--JS-->', `<script type="module" src="${js[0]}"></script>`);
  await writeFile(path.join(dist, page.out), html);
  console.log(`  dist/${page.out}  ${(html.length / 1024).toFixed(1)} KiB`);
}

let total = 0;
for (const [file, info] of Object.entries(result.metafile.outputs)) {
  total += info.bytes;
  console.log(`  ${path.relative(root, path.join(root, file))}  ${(info.bytes / 1024).toFixed(1)} KiB`);
}
console.log(`built dist/ (${(total / 1024).toFixed(0)} KiB of assets) in ${Date.now() - started} ms`);

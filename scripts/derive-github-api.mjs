#!/usr/bin/env node
// Derives test/github/api/rest-subset.openapi.json, the part of GitHub's REST description
// (MIT, see test/github/api/LICENSE.md) that the fake GitHub validates requests against:
// each operation's path, method, parameters and JSON request body, with the components
// they reference. Responses, examples and prose are dropped (the fake builds its own
// answers), so a fresh clone runs the Action's end-to-end tests without ../shared.
// Usage: node scripts/derive-github-api.mjs [source.json [target.json]]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv[2] ?? join(repo, '../shared/github-api/rest-subset.openapi.json');
const target = process.argv[3] ?? join(repo, 'test/github/api/rest-subset.openapi.json');
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
// Annotations that never change what validates; dropped only where they are schema keywords
// (a property *named* "description" under `properties` stays).
const PROSE = new Set(['description', 'summary', 'example', 'examples', 'externalDocs', 'title', 'x-github']);

const doc = JSON.parse(readFileSync(source, 'utf8'));
const refs = new Set();

function strip(value, inNameMap = false) {
  if (Array.isArray(value)) return value.map((v) => strip(v));
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const [key, v] of Object.entries(value)) {
    if (!inNameMap && PROSE.has(key)) continue;
    if (!inNameMap && key === '$ref') refs.add(v);
    out[key] = strip(v, !inNameMap && key === 'properties');
  }
  return out;
}

const paths = {};
for (const [template, item] of Object.entries(doc.paths)) {
  for (const method of METHODS) {
    const op = item[method];
    if (!op) continue;
    paths[template] ??= {};
    paths[template][method] = {
      operationId: op.operationId,
      ...(op.parameters ? { parameters: strip(op.parameters) } : {}),
      ...(op.requestBody ? { requestBody: strip(op.requestBody) } : {}),
    };
  }
}

// Components referenced, transitively.
const components = {};
const done = new Set();
while (refs.size > done.size) {
  for (const ref of [...refs]) {
    if (done.has(ref)) continue;
    done.add(ref);
    const [, section, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(ref);
    components[section] ??= {};
    components[section][name] = strip(doc.components[section][name]);
  }
}
const sorted = Object.fromEntries(
  Object.keys(components)
    .sort()
    .map((s) => [
      s,
      Object.fromEntries(
        Object.keys(components[s])
          .sort()
          .map((n) => [n, components[s][n]]),
      ),
    ]),
);

const out = {
  openapi: doc.openapi,
  info: {
    title: doc.info.title,
    version: doc.info.version,
    'x-derived': 'scripts/derive-github-api.mjs: requests only (parameters, bodies); license in LICENSE.md',
  },
  paths,
  components: sorted,
};
writeFileSync(target, JSON.stringify(out, null, 1) + '\n');
console.log(`${target}: ${Object.keys(paths).length} paths, ${done.size} components`);

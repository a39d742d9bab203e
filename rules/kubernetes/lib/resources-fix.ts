// The fix for a container missing resource settings: insert exactly the missing keys,
// in the file's indentation. A missing limit takes the container's own request (the
// only size the author stated); anything else takes the configured fix values.

import type { Edit } from '../../../src/engine/rule.js';
import type { Container, K8sObject } from '../../../src/model/kubernetes/types.js';
import { ypair, type YMap } from '../../../src/parse/yaml/ast.js';
import { resourceValue } from './container-resources.js';
import { NEED_PARTS, type Need, type ResourceName, type ResourceOptions, type Setting } from './resources.js';
import {
  indentStep,
  insertAfterLine,
  insertBeforeFirstKey,
  isEmptyValue,
  isSingleLineScalarPair,
  keyIndent,
  renderTree,
  replaceEmptyValue,
  scalarText,
  type YTree,
} from './yaml-edit.js';

const SECTION: Record<Setting, 'requests' | 'limits'> = { request: 'requests', limit: 'limits' };
const REQUEST_OF: Record<ResourceName, Need> = { cpu: 'cpu-request', memory: 'memory-request' };

/** `{ requests: { cpu: 500m }, limits: { ... } }` for the missing settings, requests first. */
export function missingTree(
  container: Container,
  missing: Need[],
  options: ResourceOptions,
): Record<'requests' | 'limits', Record<string, string>> {
  const tree = { requests: {} as Record<string, string>, limits: {} as Record<string, string> };
  for (const setting of ['request', 'limit'] as const) {
    for (const need of missing) {
      const [res, s] = NEED_PARTS[need];
      if (s !== setting) continue;
      const request = setting === 'limit' ? resourceValue(container, REQUEST_OF[res]) : undefined;
      tree[SECTION[setting]][res] = request?.kind === 'scalar' ? scalarText(request) : options.fixValues[res];
    }
  }
  return tree;
}

/** Edits inserting the missing settings, or undefined when the layout is not one we can edit safely. */
export function resourcesEdits(
  obj: K8sObject,
  container: Container,
  missing: Need[],
  options: ResourceOptions,
): Edit[] | undefined {
  const file = obj.file;
  const step = indentStep(obj);
  const want = missingTree(container, missing, options);
  const sections = (['requests', 'limits'] as const).filter((s) => Object.keys(want[s]).length > 0);
  const node = container.node;
  const indent = keyIndent(file, node);
  if (indent === undefined) return undefined;

  const resPair = ypair(node, 'resources');
  if (!resPair) {
    // After the image (or name) line: where a reader expects sizing next to what runs.
    const anchor = [ypair(node, 'image'), ypair(node, 'name'), ...node.pairs].find(
      (p) => p && isSingleLineScalarPair(p),
    );
    if (!anchor) return undefined;
    const tree: YTree = { resources: pick(want, sections) };
    return [insertAfterLine(file, anchor.value.range.end.line, renderTree(tree, indent, step))];
  }
  if (isEmptyValue(resPair.value)) {
    const edit = replaceEmptyValue(file, resPair, renderTree(pick(want, sections), indent + step, step));
    return edit && [edit];
  }
  const res = resPair.value;
  if (res.kind !== 'map' || res.flow) return undefined;
  const resIndent = keyIndent(file, res);
  if (resIndent === undefined) return undefined;
  const edits: Edit[] = [];
  for (const section of sections) {
    const pair = ypair(res, section);
    let edit: Edit | undefined;
    if (!pair) edit = insertBeforeFirstKey(file, res, renderTree({ [section]: want[section] }, resIndent, step));
    else if (isEmptyValue(pair.value))
      edit = replaceEmptyValue(file, pair, renderTree(want[section], resIndent + step, step));
    else if (pair.value.kind === 'map' && !pair.value.flow) edit = insertIntoMap(file, pair.value, want[section], step);
    if (!edit) return undefined;
    edits.push(edit);
  }
  return edits;
}

function insertIntoMap(
  file: K8sObject['file'],
  map: YMap,
  entries: Record<string, string>,
  step: string,
): Edit | undefined {
  const indent = keyIndent(file, map);
  // A present key with a null value (`cpu:`) would become a duplicate key: leave those to the author.
  if (indent === undefined || Object.keys(entries).some((k) => ypair(map, k))) return undefined;
  return insertBeforeFirstKey(file, map, renderTree(entries, indent, step));
}

function pick(want: Record<'requests' | 'limits', Record<string, string>>, sections: ('requests' | 'limits')[]): YTree {
  const out: YTree = {};
  for (const s of sections) out[s] = want[s];
  return out;
}

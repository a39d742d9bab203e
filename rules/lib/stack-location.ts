// Where a stack-level finding about a resource goes. A resource in a called module is
// reported at the root module's call that brings it in: that line is specific to the
// deployment (a shared module line would be the same for every stack that uses it, and
// the design decision, such as adding a replica, is made in the root).

import type { Range, SourceFile } from '../../src/parse/source.js';
import type { TfResource } from '../../src/model/terraform/types.js';

export function stackLocation(
  r: TfResource,
  inRoot: { file: SourceFile; range: Range } = { file: r.file, range: r.headerRange },
): { file: SourceFile; range: Range } {
  let call = r.module.call;
  if (!call) return inRoot;
  while (call.module.call) call = call.module.call;
  return { file: call.file, range: call.headerRange };
}

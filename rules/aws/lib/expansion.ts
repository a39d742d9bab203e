// count / for_each the model could not evaluate.

import type { TfResource } from '../../../src/model/terraform/types.js';

/**
 * True when a resource has count / for_each whose value is unknown: the model then keeps a
 * single unkeyed instance, which must not be counted as exactly one.
 */
export function expansionUnknown(r: TfResource): boolean {
  return r.expansion === 'unknown';
}

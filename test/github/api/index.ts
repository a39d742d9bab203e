// The in-repo subset of GitHub's REST description (see LICENSE.md beside it).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GITHUB_API_SUBSET = join(dirname(fileURLToPath(import.meta.url)), 'rest-subset.openapi.json');

/**
 * Build the Pagefind index for a built site directory (argument: the dist dir).
 * Placeholder until the search work lands: runs Pagefind with defaults.
 */
import * as pagefind from 'pagefind';

const site = process.argv[2] ?? 'dist';
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
await index.writeFiles({ outputPath: `${site}/pagefind` });
await pagefind.close();
console.log(`pagefind: ${added.page_count} pages indexed`);

/**
 * Held-out corpus: scraped-page imitations from outlets the cleaner was not
 * built on (tests/fixtures/heldout/*.txt), labelled line by line in
 * tests/fixtures/heldout/gold.json by the same standard as ../shared/gold/seeds.json.
 * The scoring, the failure table and the thresholds live in ./heldout-score.ts.
 */
import path from 'node:path';
import { heldoutSuite } from './heldout-score.ts';

heldoutSuite(path.resolve(import.meta.dirname, '..', 'fixtures', 'heldout'));

/**
 * Second held-out corpus: scraped-page imitations of page kinds the cleaner was
 * not tuned on (foreign broadcasters' Thai services, wires, aggregator cards,
 * social posts, video pages, wiki, live blog, gallery, hard-wrapped text,
 * e-commerce review, Thai-numeral dates, …) in tests/fixtures/heldout2/*.txt,
 * labelled line by line in tests/fixtures/heldout2/gold.json by the same
 * standard as ../shared/gold/seeds.json. Same scorer and thresholds as the
 * first held-out corpus (./heldout-score.ts).
 */
import path from 'node:path';
import { heldoutSuite } from './heldout-score.ts';

heldoutSuite(path.resolve(import.meta.dirname, '..', 'fixtures', 'heldout2'), 'held-out 2');

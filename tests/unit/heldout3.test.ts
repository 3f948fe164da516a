/**
 * Third held-out corpus: scraped-page imitations of Thai page kinds not yet common
 * in tests (Thai services of Sputnik/CNA/Reuters-style outlets, business daily with
 * inline ad markers, TV-station page with clip blocks, local-government announcement,
 * police press statement, university news, travel blog, hospital article, crypto
 * blog, live-score page, gossip page with captions printed twice, opinion column
 * with profile box, translated article, one-line bottom byline, headline repeated in
 * a share box, no-headline text; one CRLF file, one UTF-8 BOM file) in
 * tests/fixtures/heldout3/*.txt, labelled line by line in
 * tests/fixtures/heldout3/gold.json by the same standard as ../shared/gold/seeds.json,
 * written without looking at the cleaner. Same scorer and thresholds as the other
 * held-out corpora (./heldout-score.ts).
 */
import path from 'node:path';
import { heldoutSuite } from './heldout-score.ts';

heldoutSuite(path.resolve(import.meta.dirname, '..', 'fixtures', 'heldout3'), 'held-out 3');

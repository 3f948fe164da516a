/**
 * Fourth held-out corpus: scraped-page imitations of Thai pages written blind to the
 * cleaner (no look at scripts/ingest/*.ts nor at the other held-out sets): portal news
 * (Thairath, Khaosod with today's date in the site header and a two-digit BE year,
 * Daily News with a caption printed twice under the headline, MGR Online, Matichon with
 * no headline starting mid-sentence, Amarin gossip with captions repeated in an album),
 * foreign services in Thai (BBC Thai, Xinhua, NHK in CRLF, KBS World, Sputnik with a
 * UTF-8 BOM and the date after the lead, RFA), Thai PBS live blog, THE STANDARD
 * explainer with ▶ subheadings, Isranews with a byline glued to the date and ■
 * subheadings, a WordPress regional site, and non-news (Pantip question, consular
 * notice in Thai digits, social-security FAQ, bank press release, undated recipe blog).
 * Files in tests/fixtures/heldout4/*.txt, labelled line by line in
 * tests/fixtures/heldout4/gold.json by the standard of ../shared/gold/seeds.json.
 * Same scorer and thresholds as the other held-out corpora (./heldout-score.ts).
 */
import path from 'node:path';
import { heldoutSuite } from './heldout-score.ts';

heldoutSuite(path.resolve(import.meta.dirname, '..', 'fixtures', 'heldout4'), 'held-out 4');

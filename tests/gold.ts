/**
 * The line-labelled gold format of ../shared/gold/seeds.json (also used by the
 * held-out fixture corpora), and where to find the seeds' gold file.
 * BRIEFING_SHARED_DIR overrides the location of shared/ (default: beside the repo).
 */
import fs from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..');
export const SHARED_DIR = path.resolve(process.env.BRIEFING_SHARED_DIR ?? path.join(REPO_ROOT, '..', 'shared'));
export const SEEDS_GOLD_FILE = path.join(SHARED_DIR, 'gold', 'seeds.json');

export interface Gold {
  file: string;
  /** the clean headline, or null when the text has none */
  title: string | null;
  title_alternates?: string[];
  /** ISO date, or null when the text states none */
  date: string | null;
  /** accepted spellings; [null] = the text names no publisher */
  publisher: (string | null)[];
  source_url: string | null;
  credit: string | null;
  content_lines: string[];
  boilerplate_lines: string[];
  metadata_lines: string[];
  either_lines: string[];
  duplicate_lines: string[];
  headings?: string[];
  notes?: string;
}

export function readGold(file: string = SEEDS_GOLD_FILE): Gold[] {
  if (!fs.existsSync(file)) throw new Error(`gold file not found: ${file} (set BRIEFING_SHARED_DIR to the shared/ folder)`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Gold[];
}

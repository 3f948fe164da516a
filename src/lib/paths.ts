/**
 * Where the site reads its content from. Defaults to ./content; tests build
 * other corpora (hostile text, search corpus) by setting BRIEFING_CONTENT_DIR.
 */
import path from 'node:path';

export const contentDir: string = path.resolve(process.env.BRIEFING_CONTENT_DIR ?? 'content');

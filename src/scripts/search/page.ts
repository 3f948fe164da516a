/**
 * The /search/ page: reads ?q= (and sort/filters) from the URL, keeps the URL in step
 * while the user types, runs engine.search, renders results with excerpt, Thai BE
 * date, outlet and highlighted terms, filter checkboxes and the sort switch.
 *
 * Contract for automated checks: results are links inside [data-search-results];
 * that element gets data-search-state="done" when a search has finished (also for
 * zero results and for an empty query); at least 50 results show before "more".
 */
import { cleanQuery, filterHits, search, sortHits, type AliasEntity, type Hit, type PagefindApi, type SortMode } from './engine.ts';
import { excerpt, matchRanges, mergeRanges } from './text.ts';

const PAGE_SIZE = 50;
const FILTER_KEYS = ['topic', 'outlet', 'year'] as const;
const FILTER_LABELS: Record<string, string> = { topic: 'ประเด็น', outlet: 'สำนักข่าว', year: 'ปี (พ.ศ.)' };
const SORTS: SortMode[] = ['relevance', 'newest', 'oldest'];

const $ = <T extends Element>(sel: string) => document.querySelector<T>(sel);
const form = $<HTMLFormElement>('#search-form');
const input = $<HTMLInputElement>('#search-q');
const sortSel = $<HTMLSelectElement>('#search-sort');
const status = $<HTMLElement>('#search-status');
const list = $<HTMLOListElement>('[data-search-results]');
const more = $<HTMLButtonElement>('#search-more');
const filtersBox = $<HTMLElement>('#search-filters');
const aliasNote = $<HTMLElement>('#search-alias');
const entities: AliasEntity[] = JSON.parse($('#search-entities')?.textContent ?? '[]') as AliasEntity[];

const BE_DATE = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
function thaiDate(iso: string | undefined): string {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return 'ไม่ระบุวันที่';
  return BE_DATE.format(new Date(`${iso}T00:00:00Z`)).replace(/\s*พ\.ศ\.\s*/, ' ');
}

let pagefind: Promise<PagefindApi> | undefined;
function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await pf.options({ exactDiacritics: true, excerptLength: 0, noWorker: true });
    return pf;
  })();
  return pagefind;
}

interface State {
  q: string;
  sort: SortMode;
  selected: Record<string, string[]>;
  shown: number;
}
const state: State = { q: '', sort: 'relevance', selected: { topic: [], outlet: [], year: [] }, shown: PAGE_SIZE };
let hits: Hit[] = [];
let entity: AliasEntity | undefined;
let searchSeq = 0;

function readUrl(): void {
  const p = new URLSearchParams(location.search);
  state.q = p.get('q') ?? '';
  const s = p.get('sort') as SortMode | null;
  state.sort = s && SORTS.includes(s) ? s : 'relevance';
  for (const k of FILTER_KEYS) state.selected[k] = p.getAll(k);
}

function writeUrl(push: boolean): void {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  if (state.sort !== 'relevance') p.set('sort', state.sort);
  for (const k of FILTER_KEYS) for (const v of state.selected[k] ?? []) p.append(k, v);
  const qs = p.toString();
  const url = `${location.pathname}${qs ? `?${qs}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function setState(s: 'idle' | 'loading' | 'done' | 'error'): void {
  list?.setAttribute('data-search-state', s);
  list?.setAttribute('aria-busy', s === 'loading' ? 'true' : 'false');
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function highlighted(text: string, terms: string[], alias: (t: string) => boolean, whole: boolean): DocumentFragment {
  const frag = document.createDocumentFragment();
  const ranges = mergeRanges(terms.flatMap((t) => matchRanges(text, t, alias(t))));
  const parts = whole
    ? (() => {
        const out: Array<{ text: string; mark: boolean }> = [];
        let at = 0;
        for (const [s, e] of ranges) {
          if (s > at) out.push({ text: text.slice(at, s), mark: false });
          out.push({ text: text.slice(s, e), mark: true });
          at = e;
        }
        if (at < text.length) out.push({ text: text.slice(at), mark: false });
        return out;
      })()
    : excerpt(text, ranges);
  for (const p of parts) frag.append(p.mark ? el('mark', undefined, p.text) : document.createTextNode(p.text));
  return frag;
}

function renderHit(h: Hit): HTMLLIElement {
  const li = el('li', 'search-hit');
  // machine-readable: 'exact' = the query itself occurs; 'alias' = only another spelling of the entity
  li.dataset.match = h.exact ? 'exact' : 'alias';
  const alias = (t: string) => t !== cleanQuery(state.q);
  const href = new URL(h.url, location.origin);
  for (const t of h.matched) href.searchParams.append('hl', t);
  const h2 = el('h2', 'search-hit-title');
  const a = el('a');
  a.href = `${href.pathname}${href.search}`;
  a.append(highlighted(h.title || h.url, h.matched, alias, true));
  h2.append(a);
  const meta = el('p', 'search-hit-meta');
  const time = el('time', undefined, thaiDate(h.date));
  if (h.date) time.dateTime = h.date;
  meta.append(time, document.createTextNode(' · '), el('span', undefined, h.outlet ?? 'ไม่ระบุสำนักข่าว'));
  if (!h.exact) meta.append(document.createTextNode(' · '), el('span', 'search-hit-alias', `สะกดว่า “${h.matched.join('”, “')}”`));
  const ex = el('p', 'search-hit-excerpt');
  // the indexed text starts with the headline: excerpt from the body after it when it matches there
  const body = h.title && h.content.startsWith(h.title) ? h.content.slice(h.title.length).replace(/^[.\s]+/, '') : h.content;
  ex.append(highlighted(body || h.content, h.matched, alias, false));
  li.append(h2, meta, ex);
  return li;
}

function renderFilters(): void {
  if (!filtersBox) return;
  filtersBox.replaceChildren();
  if (hits.length === 0) return;
  for (const key of FILTER_KEYS) {
    const counts = new Map<string, number>();
    for (const h of hits) for (const v of h.filters[key] ?? []) counts.set(v, (counts.get(v) ?? 0) + 1);
    for (const v of state.selected[key] ?? []) if (!counts.has(v)) counts.set(v, 0);
    if (counts.size === 0) continue;
    const fs = el('fieldset', 'search-filter');
    fs.append(el('legend', undefined, FILTER_LABELS[key] ?? key));
    const values = [...counts.entries()].sort((a, b) => (key === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0], 'th')));
    for (const [v, n] of values) {
      const label = el('label');
      const cb = el('input');
      cb.type = 'checkbox';
      cb.name = key;
      cb.value = v;
      cb.checked = (state.selected[key] ?? []).includes(v);
      cb.addEventListener('change', () => {
        const cur = new Set(state.selected[key] ?? []);
        if (cb.checked) cur.add(v);
        else cur.delete(v);
        state.selected[key] = [...cur];
        state.shown = PAGE_SIZE;
        writeUrl(false);
        renderResults(false);
      });
      label.append(cb, document.createTextNode(` ${v} (${n})`));
      fs.append(label);
    }
    filtersBox.append(fs);
  }
}

/** Render the list and status; the filter controls only when the hits changed (keeps focus on a checkbox). */
function renderResults(withFilters = true): void {
  if (!list || !status) return;
  const visible = sortHits(filterHits(hits, state.selected), state.sort);
  list.replaceChildren(...visible.slice(0, state.shown).map(renderHit));
  const filtered = visible.length !== hits.length ? ` (กรองจากทั้งหมด ${hits.length} ข่าว)` : '';
  const q = cleanQuery(state.q);
  const aliasOnly = visible.filter((h) => !h.exact).length;
  status.textContent = q
    ? visible.length
      ? aliasOnly
        ? `พบ ${visible.length} ข่าว: ${visible.length - aliasOnly} ข่าวมีคำว่า “${q}” อีก ${aliasOnly} ข่าวสะกดชื่อแบบอื่น${filtered}`
        : `พบ ${visible.length} ข่าวที่มีคำว่า “${q}”${filtered}`
      : `ไม่พบข่าวที่มีคำว่า “${q}”${filtered}`
    : 'พิมพ์คำที่ต้องการค้นหา เช่น ชื่อบุคคล สถานที่ หรือวลี';
  if (aliasNote) {
    const others = entity ? entity.spellings.filter((s) => s !== q) : [];
    aliasNote.textContent = entity ? `รวมข่าวที่สะกดชื่อ ${entity.name} แบบอื่น: ${others.slice(0, 8).join(', ')}${others.length > 8 ? ' …' : ''}` : '';
  }
  if (more) {
    const left = visible.length - state.shown;
    more.hidden = left <= 0;
    more.textContent = `แสดงเพิ่มอีก ${Math.min(left, PAGE_SIZE)} ข่าว`;
  }
  if (withFilters) renderFilters();
}

async function run(): Promise<void> {
  const seq = ++searchSeq;
  if (sortSel) sortSel.value = state.sort;
  if (!state.q.trim()) {
    hits = [];
    entity = undefined;
    renderResults();
    setState('done');
    return;
  }
  setState('loading');
  if (status) status.textContent = 'กำลังค้นหา…';
  try {
    const pf = await loadPagefind();
    const out = await search(pf, state.q, entities);
    if (seq !== searchSeq) return;
    hits = out.hits;
    entity = out.entity;
    state.shown = PAGE_SIZE;
    renderResults();
    setState('done');
  } catch (err) {
    if (seq !== searchSeq) return;
    hits = [];
    if (String(err).includes('No language indexes')) {
      // the site has no indexed article at all: an empty result, not a failure
      renderResults();
      setState('done');
      return;
    }
    if (status) status.textContent = 'ค้นหาไม่สำเร็จ: โหลดดัชนีค้นหาไม่ได้';
    console.error(err);
    setState('error');
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
input?.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    state.q = input.value.trim();
    writeUrl(false);
    void run();
  }, 250);
});
form?.addEventListener('submit', (ev) => {
  ev.preventDefault();
  clearTimeout(timer);
  state.q = input?.value.trim() ?? '';
  writeUrl(true);
  void run();
});
sortSel?.addEventListener('change', () => {
  state.sort = (sortSel.value as SortMode) ?? 'relevance';
  writeUrl(false);
  renderResults(false);
});
more?.addEventListener('click', () => {
  const firstNew = state.shown;
  state.shown += PAGE_SIZE;
  renderResults(false);
  list?.querySelectorAll<HTMLAnchorElement>('a')[firstNew]?.focus();
});
window.addEventListener('popstate', () => {
  readUrl();
  if (input) input.value = state.q;
  void run();
});

readUrl();
if (input) input.value = state.q;
if (state.q) void loadPagefind();
void run();

/**
 * Article pages: highlight the search terms given as ?hl=… (one per spelling) inside
 * [data-pagefind-body], matching as the search does (spaces ignored; Latin names as
 * whole words), and scroll the first mark into view.
 */
import { isLatinTerm, matchRanges, mergeRanges } from './text.ts';

const terms = new URLSearchParams(location.search).getAll('hl').map((t) => t.trim()).filter(Boolean).slice(0, 10);
const root = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
if (terms.length && root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('script,style,[data-pagefind-ignore],mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let first: HTMLElement | undefined;
  for (const node of nodes) {
    const text = node.data;
    const ranges = mergeRanges(terms.flatMap((t) => matchRanges(text, t, isLatinTerm(t))));
    if (!ranges.length) continue;
    const frag = document.createDocumentFragment();
    let at = 0;
    for (const [s, e] of ranges) {
      if (s > at) frag.append(text.slice(at, s));
      const mark = document.createElement('mark');
      mark.className = 'search-highlight';
      mark.textContent = text.slice(s, e);
      frag.append(mark);
      first ??= mark;
      at = e;
    }
    if (at < text.length) frag.append(text.slice(at));
    node.replaceWith(frag);
  }
  first?.scrollIntoView({ block: 'center' });
}

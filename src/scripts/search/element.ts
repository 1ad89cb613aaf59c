/**
 * <cndh-search>: the search box, filters and results, over markup rendered by
 * src/components/search/SearchUI.astro. One element serves the header dialog (compact: no
 * filters) and the search page /tim-kiem/ (full: filters, state in the URL).
 */
import { paramsFromState, stateFromParams, type SearchState } from '../../lib/search/url-state.ts';
import type { FilterName } from '../../lib/search/filters.ts';
import { allCounts, loadPagefind, preload, runSearch, type Hit, type Outcome } from './engine.ts';
import { formatNumber } from '../../lib/vi/format.ts';

/** Results shown at once: each loads a small fragment file, so the header dialog shows fewer. */
const PAGE_SIZE = { full: 10, compact: 6 };
const DEBOUNCE_MS = 180;
/** "Đang tìm…" is announced only when a search takes longer than this. */
const BUSY_DELAY_MS = 250;


/** Builds nodes from Pagefind's excerpt HTML keeping only text and <mark>: nothing else can run. */
function excerptNodes(html: string): Node[] {
	const t = document.createElement('template');
	t.innerHTML = html;
	return [...t.content.childNodes].map((n) => {
		if (n.nodeName === 'MARK') {
			const m = document.createElement('mark');
			m.textContent = n.textContent;
			return m;
		}
		return document.createTextNode(n.textContent ?? '');
	});
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
	const e = Object.assign(document.createElement(tag), props);
	e.append(...children);
	return e;
}

class CndhSearch extends HTMLElement {
	#input!: HTMLInputElement;
	#status!: HTMLElement;
	#list!: HTMLOListElement;
	#more!: HTMLButtonElement;
	#panel: HTMLDetailsElement | null = null;
	#filters: HTMLInputElement[] = [];
	#full = false;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#run = 0;
	#outcome: Outcome | undefined;
	#shown = 0;

	connectedCallback() {
		this.#full = this.dataset.mode === 'full';
		this.#input = this.querySelector('input[type="search"]')!;
		this.#status = this.querySelector('[role="status"]')!;
		this.#list = this.querySelector('ol.results')!;
		this.#more = this.querySelector('button.more')!;
		this.#filters = [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-filter]')];
		this.#panel = this.querySelector('details[data-filters]');
		const form = this.querySelector('form')!;

		this.#input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });
		this.#input.addEventListener('input', () => {
			clearTimeout(this.#timer);
			void preload(this.#input.value).catch(() => {});
			this.#timer = setTimeout(() => void this.#search(), DEBOUNCE_MS);
		});
		this.#input.addEventListener('keydown', (e) => {
			if (e.key === 'ArrowDown') {
				e.preventDefault();
				this.#links()[0]?.focus();
			}
		});
		this.#list.addEventListener('keydown', (e) => this.#arrowKeys(e));
		for (const box of this.#filters) box.addEventListener('change', () => void this.#search());
		this.#more.addEventListener('click', () => void this.#showMore());
		form.addEventListener('submit', (e) => {
			// The full page searches in place; the header's form goes to the full page.
			if (!this.#full) return;
			e.preventDefault();
			clearTimeout(this.#timer);
			void this.#search();
		});
		this.querySelector('[data-clear]')?.addEventListener('click', () => {
			for (const box of this.#filters) box.checked = false;
			void this.#search();
		});

		if (this.#full) {
			this.#applyState(stateFromParams(new URLSearchParams(location.search)));
			window.addEventListener('popstate', () => this.#applyState(stateFromParams(new URLSearchParams(location.search))));
		}
	}

	/** Focuses the box (the header dialog calls this when it opens). */
	focusInput() {
		this.#input.focus();
		this.#input.select();
	}

	get #pageSize(): number {
		return this.#full ? PAGE_SIZE.full : PAGE_SIZE.compact;
	}

	#links(): HTMLAnchorElement[] {
		return [...this.#list.querySelectorAll<HTMLAnchorElement>('a')];
	}

	#arrowKeys(e: KeyboardEvent) {
		if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
		const links = this.#links();
		const i = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (i < 0) return;
		e.preventDefault();
		if (e.key === 'ArrowUp' && i === 0) this.#input.focus();
		else links[Math.max(0, Math.min(links.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
	}

	#state(): SearchState {
		const filters: SearchState['filters'] = {};
		for (const box of this.#filters) {
			if (!box.checked) continue;
			const name = box.dataset.filter as FilterName;
			(filters[name] ??= []).push(box.value);
		}
		return { query: this.#input.value.normalize('NFC').trim(), filters };
	}

	/** Shows the state a URL describes (on load, and on back/forward) and searches it. */
	#applyState(state: SearchState) {
		this.#input.value = state.query;
		for (const box of this.#filters) box.checked = state.filters[box.dataset.filter as FilterName]?.includes(box.value) ?? false;
		// A shared link with filters shows them, except on phones, where the summary line says how
		// many are on and the results stay in view.
		if (this.#panel && Object.keys(state.filters).length && matchMedia('(min-width: 50rem)').matches) this.#panel.open = true;
		void this.#search(false);
	}

	async #search(updateUrl = true) {
		const state = this.#state();
		const run = ++this.#run;
		if (this.#full && updateUrl) {
			const params = paramsFromState(state).toString();
			const url = `${location.pathname}${params ? `?${params}` : ''}`;
			if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
		}
		const busy = setTimeout(() => {
			if (run !== this.#run) return;
			this.setAttribute('aria-busy', 'true');
			this.#status.textContent = 'Đang tìm…';
		}, BUSY_DELAY_MS);
		try {
			const outcome = await runSearch(state);
			if (run !== this.#run) return;
			this.#outcome = outcome;
			this.#shown = 0;
			const hits = outcome ? await outcome.hits(0, this.#pageSize) : [];
			if (run !== this.#run) return;
			this.#list.replaceChildren(...hits.map((h) => this.#render(h)));
			this.#shown = hits.length;
			this.#more.hidden = !outcome || this.#shown >= outcome.total;
			this.#status.textContent = this.#summary(state, outcome);
			// Results are on screen: the busy state ends here, not after the filter counts.
			clearTimeout(busy);
			this.removeAttribute('aria-busy');
			if (this.#full) {
				this.#panel?.setAttribute('aria-busy', 'true');
				const counts = outcome ? await outcome.counts() : await allCounts();
				if (run === this.#run) {
					this.#updateCounts(counts);
					this.#panel?.removeAttribute('aria-busy');
				}
			}
		} catch (e) {
			if (run !== this.#run) return;
			this.#list.replaceChildren();
			this.#more.hidden = true;
			this.#status.textContent = 'Không tải được chỉ mục tìm kiếm. Hãy kiểm tra kết nối rồi thử lại.';
			console.error(e);
		} finally {
			clearTimeout(busy);
			if (run === this.#run) this.removeAttribute('aria-busy');
		}
	}

	async #showMore() {
		if (!this.#outcome) return;
		const run = this.#run;
		const hits = await this.#outcome.hits(this.#shown, this.#pageSize);
		if (run !== this.#run) return;
		const items = hits.map((h) => this.#render(h));
		this.#list.append(...items);
		this.#shown += hits.length;
		this.#more.hidden = this.#shown >= this.#outcome.total;
		items[0]?.querySelector('a')?.focus();
	}

	#summary(state: SearchState, outcome: Outcome | undefined): string {
		if (!outcome) return '';
		const q = state.query ? ` cho «${state.query}»` : '';
		const f = Object.keys(state.filters).length ? ' với bộ lọc đã chọn' : '';
		if (outcome.total === 0) return `Không tìm thấy kết quả nào${q}${f}. Hãy thử từ khác hoặc bỏ bớt bộ lọc.`;
		return `Có ${formatNumber(outcome.total)} kết quả${q}${f}.`;
	}

	#updateCounts(counts: Record<string, Record<string, number>>) {
		const active = this.#filters.filter((b) => b.checked).length;
		const summary = this.#panel?.querySelector('.active');
		if (summary) summary.textContent = active ? `(${formatNumber(active)} đang chọn)` : '';
		for (const box of this.#filters) {
			const n = counts[box.dataset.filter ?? '']?.[box.value] ?? 0;
			const out = box.parentElement?.querySelector('.count');
			if (out) out.textContent = `(${formatNumber(n)})`;
			box.disabled = n === 0 && !box.checked;
		}
	}

	#render(hit: Hit): HTMLLIElement {
		const li = el('li', { className: 'hit' });
		if (hit.breadcrumb) li.append(el('p', { className: 'crumbs' }, hit.breadcrumb));
		const title = el('a', { className: 'title', href: hit.url }, hit.title);
		const head = el('p', { className: 'head' }, title);
		if (hit.levels.length) {
			const levels = el('span', { className: 'levels' }, el('span', { className: 'sr-only' }, 'Cấp: '));
			for (const l of hit.levels) levels.append(el('span', { className: 'badge-level' }, l), ' ');
			head.append(' ', levels);
		}
		if (hit.byNumber) head.append(' ', el('span', { className: 'badge-number' }, 'Đúng số hiệu'));
		li.append(head);
		if (hit.excerpt) li.append(el('p', { className: 'excerpt' }, ...excerptNodes(hit.excerpt)));
		if (hit.sections.length) {
			const ul = el('ul', { className: 'sections' });
			for (const s of hit.sections) {
				ul.append(el('li', {}, el('a', { href: s.url }, s.title), el('p', { className: 'excerpt' }, ...excerptNodes(s.excerpt))));
			}
			li.append(ul);
		}
		return li;
	}
}

customElements.define('cndh-search', CndhSearch);

export type { CndhSearch };

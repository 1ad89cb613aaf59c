/**
 * Runs inside the browser, on the book skeleton (book-html.ts): fetches each built handbook page,
 * moves its article content into the book and makes it one document — ids prefixed per page so
 * they stay unique, headings moved one level down under the section title, links to pages,
 * directives and templates that are in the book turned into in-book links (clickable in the
 * PDF), and every other link made absolute so the printed address works from paper.
 *
 * It is passed to `page.evaluate`, so it must not use anything outside its own body.
 */
import type { OutlineEntry } from './finish.ts';

export async function assembleBook(args: {
	/** Book section id for each page's site path in the book (`/tong-quan/lo-trinh/` → `tong-quan--lo-trinh`). */
	sections: [string, string][];
	/** The published site's address without the final slash (`https://portal.example/cam-nang`), for links out of the book. */
	siteUrl: string;
	/** The base path the built pages' links start with (`/` or `/cam-nang/`). */
	base: string;
}): Promise<{ stylesheets: number; external: string[]; outline: OutlineEntry[] }> {
	const sectionOf = new Map(args.sections);
	// Pages link under the base path; the book works on site paths (routes.ts `sitePathOf`, inlined: this runs in the page).
	const prefix = args.base.replace(/\/+$/, '');
	const sitePathOf = (pathname: string) => (!prefix ? pathname : pathname === prefix ? '/' : pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : undefined);
	const parser = new DOMParser();
	const bookStyle = document.getElementById('book-style')!;
	const seenCss = new Set<string>();
	/** Per book section: the page's own element ids → the book's. */
	const idsOf = new Map<string, Map<string, string>>();
	const loads: Promise<unknown>[] = [];

	/** The page's stylesheets, once each and before the book's own, so the book's rules win. */
	const adoptStyles = (doc: Document) => {
		for (const el of doc.head.querySelectorAll<HTMLLinkElement | HTMLStyleElement>('link[rel="stylesheet"], style')) {
			const key = el instanceof HTMLLinkElement ? el.getAttribute('href')! : el.textContent!;
			if (seenCss.has(key)) continue;
			seenCss.add(key);
			const copy = document.importNode(el, true);
			if (copy instanceof HTMLLinkElement) {
				loads.push(new Promise((resolve, reject) => {
					copy.onload = resolve;
					copy.onerror = () => reject(new Error(`stylesheet ${key} did not load`));
				}));
			}
			document.head.insertBefore(copy, bookStyle);
		}
	};

	const renameHeading = (h: Element, level: number) => {
		const next = document.createElement(`h${Math.min(level, 6)}`);
		for (const attr of h.attributes) next.setAttribute(attr.name, attr.value);
		next.append(...h.childNodes);
		h.replaceWith(next);
	};

	// All pages are requested at once (each is a round trip to the build's request handler) and
	// worked into the book in order.
	const texts = [...sectionOf.keys()].map(async (path) => {
		const res = await fetch(prefix + path);
		if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
		return res.text();
	});
	texts.forEach((t) => t.catch(() => {})); // awaited in order below; no unhandled rejection meanwhile
	let next = 0;
	for (const [path, sectionId] of sectionOf) {
		const doc = parser.parseFromString(await texts[next++]!, 'text/html');
		const source = doc.querySelector('.sl-markdown-content');
		if (!source) throw new Error(`${path}: no .sl-markdown-content in the built page`);
		adoptStyles(doc);
		const target = document.querySelector(`#${CSS.escape(sectionId)} [data-book-content]`)!;
		const content = document.importNode(source, true);

		// Screen-only bits: heading anchor icons, scripts, the site's footer inside the panel.
		content.querySelectorAll('.sl-anchor-link, script, template, noscript, footer').forEach((el) => el.remove());
		content.querySelectorAll('.sl-heading-wrapper').forEach((w) => {
			const h = w.querySelector('h1, h2, h3, h4, h5, h6');
			if (h) w.replaceWith(h);
		});
		content.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''));
		// The page title becomes the section's h2, so the page's own h2… move one level down.
		content.querySelectorAll('h2, h3, h4, h5, h6').forEach((h) => renameHeading(h, Number(h.tagName[1]) + 1));

		// Ids become short and ASCII (PDF destination names are limited to 127 bytes, and the
		// pages' Vietnamese heading ids are long once percent-encoded), unique across the book.
		const ids = new Map<string, string>();
		idsOf.set(sectionId, ids);
		content.querySelectorAll('[id]').forEach((el) => {
			const id = `${sectionId}--${ids.size + 1}`;
			ids.set(el.id, id);
			el.id = id;
		});
		for (const attr of ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls']) {
			content.querySelectorAll(`[${attr}]`).forEach((el) =>
				el.setAttribute(attr, el.getAttribute(attr)!.split(/\s+/).map((id) => ids.get(id) ?? id).join(' '))
			);
		}
		content.querySelectorAll<HTMLAnchorElement>('a[href]').forEach((a) => {
			const href = a.getAttribute('href')!;
			// A report cited as `tl:<id>` before the site resolves those links: its appendix row.
			const report = /^tl:([a-z0-9-]+)$/.exec(href);
			const url = new URL(report ? `${prefix}/tu-lieu/${report[1]}/` : href, location.origin + prefix + path);
			if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'mailto:' && url.protocol !== 'tel:') {
				a.removeAttribute('href'); // no scheme a PDF reader could follow
				return;
			}
			const sitePath = url.origin === location.origin ? sitePathOf(url.pathname) : undefined;
			if (sitePath === undefined) return;
			a.dataset.bookPath = sitePath + url.search + url.hash;
		});
		target.replaceWith(content);
	}

	// Links to pages, directives and templates in the book become in-book links; the others (a
	// page outside the handbook, a template not yet published) point at the site, with the
	// address printed next to them.
	const external: string[] = [];
	document.querySelectorAll<HTMLAnchorElement>('a[data-book-path]').forEach((a) => {
		const url = new URL(a.dataset.bookPath!, location.origin);
		const hash = url.hash ? decodeURIComponent(url.hash.slice(1)) : '';
		const page = sectionOf.get(url.pathname);
		const directive = /^\/van-ban\/([^/]+)\/$/.exec(url.pathname);
		const template = /^\/bieu-mau\/([^/]+)\/$/.exec(url.pathname);
		const report = /^\/tu-lieu\/([^/]+)\/$/.exec(url.pathname);
		let target: string | undefined;
		if (page) target = hash ? idsOf.get(page)?.get(hash) : page;
		else if (directive && !hash) target = `van-ban--${directive[1]}`;
		else if (template && !hash) target = `bieu-mau--${template[1]}`;
		else if (report && !hash) target = `tu-lieu--${report[1]}`;
		else if (url.pathname === '/tu-lieu/' && hash) target = `tu-lieu--${hash}`; // the list's entry
		else if (url.pathname === '/thuat-ngu/' && hash) target = `thuat-ngu--${hash}`;
		else if (!hash) target = { '/van-ban/': 'phu-luc-van-ban', '/tu-lieu/': 'phu-luc-tu-lieu', '/bieu-mau/': 'phu-luc-bieu-mau', '/thuat-ngu/': 'phu-luc-thuat-ngu' }[url.pathname];
		if (target && document.getElementById(target)) {
			a.setAttribute('href', `#${target}`);
			return;
		}
		a.setAttribute('href', args.siteUrl + a.dataset.bookPath);
		a.classList.add('book-external');
		external.push(a.dataset.bookPath!);
	});
	document.querySelectorAll<HTMLAnchorElement>('a[href^="http"]').forEach((a) => {
		if (!a.closest('.book-appendix')) a.classList.add('book-external');
	});

	// Bookmarks: chapters, sections and the pages' own top headings, in document order. Each
	// gets a hidden in-document link, because Chromium writes a named destination (its page and
	// position) only for elements that some link points to; the links need no layout.
	const outline: OutlineEntry[] = [];
	const title = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().normalize('NFC');
	let n = 0;
	document.querySelectorAll('.book-chapter, .book-appendix').forEach((chapter) => {
		outline.push({ id: chapter.id, title: title(chapter.querySelector('h1')!), level: 1 });
		chapter.querySelectorAll(':scope > .book-section, :scope > .book-appendix-part').forEach((section) => {
			outline.push({ id: section.id, title: title(section.querySelector('h2')!), level: 2 });
			section.querySelectorAll('.sl-markdown-content h3').forEach((h) => {
				h.id ||= `${section.id}--h-${++n}`;
				outline.push({ id: h.id, title: title(h), level: 3 });
			});
		});
	});
	const anchors = document.createElement('nav');
	anchors.hidden = true;
	anchors.append(...outline.map((e) => Object.assign(document.createElement('a'), { href: `#${e.id}` })));
	document.body.append(anchors);

	await Promise.all(loads);
	await document.fonts.ready;
	return { stylesheets: seenCss.size, external, outline };
}


/** Writes the measured page numbers into the table of contents. */
export function fillToc(pages: Record<string, number>): string[] {
	const missing: string[] = [];
	document.querySelectorAll<HTMLElement>('[data-toc-target]').forEach((el) => {
		const page = pages[el.dataset.tocTarget!];
		if (page === undefined) missing.push(el.dataset.tocTarget!);
		else el.textContent = String(page);
	});
	return missing;
}

/**
 * Each part's length in characters, in book order: how the first rendering groups them. Parts
 * are what starts on a new page: cover, contents, chapters, appendix (the selector is repeated in
 * showParts, as these functions run in the page and can use nothing outside themselves).
 */
export function partSizes(): number[] {
	return [...document.querySelectorAll('body > :is(.book-cover, .book-toc, .book-chapter, .book-appendix)')].map((el) => (el.textContent ?? '').length);
}

/** Lays out only the parts at `indices` (all of them again for `null`). */
export function showParts(indices: number[] | null): void {
	document.querySelectorAll<HTMLElement>('body > :is(.book-cover, .book-toc, .book-chapter, .book-appendix)').forEach((el, i) => {
		el.style.display = indices === null || indices.includes(i) ? '' : 'none';
	});
}

/** Page size and base type size for one paper format. */
export function setPaper(css: string): void {
	document.getElementById('book-size')!.textContent = css;
}

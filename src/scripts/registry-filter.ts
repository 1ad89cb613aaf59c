/**
 * Progressive enhancement of the registry table: without JavaScript every row shows; with it,
 * select filters hide rows, and the choice is kept in the URL so a filtered list can be shared.
 */
export function enhanceRegistryFilter(root: Document): void {
	const form = root.querySelector<HTMLFormElement>('[data-registry-filter]');
	const table = root.querySelector<HTMLTableElement>('[data-registry-table]');
	const status = root.querySelector<HTMLElement>('[data-registry-count]');
	const empty = root.querySelector<HTMLElement>('[data-registry-empty]');
	if (!form || !table || !status) return;
	const selects = [...form.querySelectorAll('select')];
	const rows = [...table.tBodies[0]!.rows];

	const apply = (updateUrl: boolean) => {
		const active = selects.filter((s) => s.value);
		let shown = 0;
		for (const row of rows) {
			const match = active.every((s) => row.dataset[camel(s.name)] === s.value);
			row.hidden = !match;
			if (match) shown++;
		}
		status.textContent = active.length
			? `Đang hiện ${shown} trên ${rows.length} văn bản.`
			: `Có ${rows.length} văn bản.`;
		// An empty table says why and offers the way back, instead of a bare header row.
		if (empty) empty.hidden = shown > 0;
		table.hidden = shown === 0;
		if (updateUrl) {
			const url = new URL(location.href);
			for (const s of selects) {
				if (s.value) url.searchParams.set(s.name, s.value);
				else url.searchParams.delete(s.name);
			}
			history.replaceState(null, '', url);
		}
	};

	const params = new URLSearchParams(location.search);
	for (const s of selects) {
		const v = params.get(s.name);
		if (v && [...s.options].some((o) => o.value === v)) s.value = v;
	}
	form.addEventListener('change', () => apply(true));
	form.addEventListener('reset', () => setTimeout(() => apply(true)));
	form.addEventListener('submit', (e) => e.preventDefault());
	root.querySelector('[data-registry-clear]')?.addEventListener('click', () => {
		form.reset();
		selects[0]?.focus();
	});
	form.hidden = false;
	apply(false);
}

const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

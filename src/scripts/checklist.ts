/**
 * Ticks on checklists survive reloads: each box's state is kept in localStorage under the
 * checklist and item ids, which never leave the browser. Without JavaScript the boxes still
 * work on the page and print empty.
 *
 * «Bỏ đánh dấu tất cả» can be undone: the cleared ticks are kept (also in localStorage, so a
 * reload does not lose them) until the reader undoes or ticks something again.
 * On a phone, groups fold so the list is not one long scroll: only the first unfinished group
 * (or the one the address points into) stays open; each shows its count.
 */
const PREFIX = 'cndh:checklist:';

export const storageKey = (checklist: string, item: string) => `${PREFIX}${checklist}:${item}`;
const undoKey = (checklist: string) => `${PREFIX}${checklist}:~undo`;

function storage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined; // Private modes may refuse storage; the list still works for this visit.
	}
}

const PHONE = '(max-width: 50rem)';

export function enhanceChecklists(root: ParentNode) {
	for (const list of root.querySelectorAll<HTMLElement>('[data-checklist]')) {
		const id = list.dataset.checklist!;
		const boxes = [...list.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-item]')];
		const groups = [...list.querySelectorAll<HTMLDetailsElement>('details[data-group]')];
		const progress = list.querySelector<HTMLElement>('[data-checklist-progress]');
		const controls = list.querySelector<HTMLElement>('[data-checklist-controls]');
		const reset = list.querySelector<HTMLButtonElement>('[data-checklist-reset]');
		const undo = list.querySelector<HTMLElement>('[data-checklist-undo]');
		const undoText = list.querySelector<HTMLElement>('[data-checklist-undo-text]');
		const undoButton = list.querySelector<HTMLButtonElement>('[data-checklist-undo-button]');
		const store = storage();

		const save = (box: HTMLInputElement) => {
			const key = storageKey(id, box.dataset.item!);
			if (box.checked) store?.setItem(key, '1');
			else store?.removeItem(key);
		};
		const cleared = (): string[] => {
			try {
				const v: unknown = JSON.parse(store?.getItem(undoKey(id)) ?? '[]');
				return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
			} catch {
				return [];
			}
		};
		const update = () => {
			const done = boxes.filter((b) => b.checked).length;
			if (progress) progress.textContent = `Đã xong ${done}/${boxes.length} việc.`;
			for (const g of groups) {
				const own = [...g.querySelectorAll<HTMLInputElement>('input[data-item]')];
				const count = g.querySelector<HTMLElement>('[data-group-count]');
				if (count) count.textContent = `đã xong ${own.filter((b) => b.checked).length}/${own.length} việc`;
			}
			if (reset) reset.disabled = done === 0;
			const pending = cleared();
			if (undo) undo.hidden = pending.length === 0;
			if (undoText) undoText.textContent = `Đã bỏ ${pending.length} dấu tích.`;
			undoButton?.setAttribute('aria-label', `Hoàn tác: đánh dấu lại ${pending.length} việc`);
		};

		for (const box of boxes) {
			box.checked = store?.getItem(storageKey(id, box.dataset.item!)) === '1';
			box.addEventListener('change', () => {
				save(box);
				store?.removeItem(undoKey(id)); // A new tick means the cleared list is no longer wanted back.
				update();
			});
		}
		reset?.addEventListener('click', () => {
			const ticked = boxes.filter((b) => b.checked);
			if (!ticked.length) return;
			store?.setItem(undoKey(id), JSON.stringify(ticked.map((b) => b.dataset.item!)));
			for (const box of ticked) {
				box.checked = false;
				save(box);
			}
			update();
			undoButton?.focus();
		});
		undoButton?.addEventListener('click', () => {
			const back = new Set(cleared());
			for (const box of boxes) {
				if (back.has(box.dataset.item!)) {
					box.checked = true;
					save(box);
				}
			}
			store?.removeItem(undoKey(id));
			update();
			reset?.focus();
		});

		// Fold the groups on a phone, keeping open the one the address points into, else the first
		// with work left; printing shows them all.
		if (window.matchMedia(PHONE).matches && groups.length > 1) {
			const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
			const keep = groups.find((g) => target && g.contains(target)) ?? groups.find((g) => [...g.querySelectorAll<HTMLInputElement>('input[data-item]')].some((b) => !b.checked));
			for (const g of groups) g.open = g === keep;
		}
		let folded: HTMLDetailsElement[] = [];
		window.addEventListener('beforeprint', () => {
			folded = groups.filter((g) => !g.open);
			for (const g of folded) g.open = true;
		});
		window.addEventListener('afterprint', () => {
			for (const g of folded) g.open = false;
		});
		if (controls) controls.hidden = false;
		update();
	}
}

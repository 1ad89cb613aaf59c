/**
 * Ticks on checklists survive reloads: each box's state is kept in localStorage under the
 * checklist and item ids, which never leave the browser. Without JavaScript the boxes still
 * work on the page and print empty.
 */
const PREFIX = 'cndh:checklist:';

export const storageKey = (checklist: string, item: string) => `${PREFIX}${checklist}:${item}`;

function storage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined; // Private modes may refuse storage; the list still works for this visit.
	}
}

export function enhanceChecklists(root: ParentNode) {
	for (const list of root.querySelectorAll<HTMLElement>('[data-checklist]')) {
		const id = list.dataset.checklist!;
		const boxes = [...list.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-item]')];
		const progress = list.querySelector<HTMLElement>('[data-checklist-progress]');
		const controls = list.querySelector<HTMLElement>('[data-checklist-controls]');
		const reset = list.querySelector<HTMLButtonElement>('[data-checklist-reset]');
		const store = storage();

		const update = () => {
			const done = boxes.filter((b) => b.checked).length;
			if (progress) progress.textContent = `Đã xong ${done}/${boxes.length} việc.`;
		};
		for (const box of boxes) {
			box.checked = store?.getItem(storageKey(id, box.dataset.item!)) === '1';
			box.addEventListener('change', () => {
				const key = storageKey(id, box.dataset.item!);
				if (box.checked) store?.setItem(key, '1');
				else store?.removeItem(key);
				update();
			});
		}
		reset?.addEventListener('click', () => {
			for (const box of boxes) {
				box.checked = false;
				store?.removeItem(storageKey(id, box.dataset.item!));
			}
			update();
			boxes[0]?.focus();
		});
		if (controls) controls.hidden = false;
		update();
	}
}

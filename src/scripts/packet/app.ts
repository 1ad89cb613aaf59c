import { congressSchema } from '../../lib/content/congress.ts';
import { describeBase, describeTally, type Tally } from '../../lib/election/tally.ts';
import { ballotCount, tally, withResult } from '../../lib/packet/elections.ts';
import { writeCongressFile } from '../../lib/packet/congress-file.ts';
import { applyDefaults, duplicateNames, getPath, newElection, normalizeTerm, notANumber, parseCount, parseDecimal, prune, setPath, type Data } from '../../lib/packet/data.ts';
import { ELECTION_KIND_OPTIONS, SECTIONS, numbersSection } from '../../lib/packet/form.ts';
import { evaluateRules, type OrganizationType, type RuleResult } from '../../lib/rules/evaluate.ts';
import { shareOfBase } from '../../lib/content/election-threshold.ts';
import type { Rule } from '../../lib/rules/schema.ts';
import type { ElectionRules } from '../../lib/content/election-rules.ts';
import type { RuleSource } from '../../lib/rules/sources.ts';
import type { TemplateMeta } from '../../lib/documents/meta.ts';
import { ContentError } from '../../lib/content/errors.ts';
import { foldDiacritics } from '../../lib/citations/symbol.ts';
import { el, errorIdOf, idOf, renderSections } from './render.ts';
import { forgetCopies, forgetPrevious, ImportError, keepPrevious, loadSaved, previous, readImport, save, summary, type Saved } from './storage.ts';
import { routes } from '../../data/routes.ts';
import { offlineReady } from '../offline/register.ts';

/**
 * The packet builder page: a form over the congress schema whose state lives only in this browser
 * (localStorage), live personnel-rule checks and vote tallies, and export/import of the congress
 * file. Nothing is sent anywhere.
 */

interface Config {
	rules: Rule[];
	/** content/quy-che-bau-cu.yaml, for the documents' election rules. */
	electionRules: ElectionRules;
	sources: Record<string, RuleSource>;
	templates: TemplateMeta[];
}

/** A blob: URL has the page's origin, so Astro's prefetch-all would fetch it; the CSP rightly refuses. */
const NO_PREFETCH = { 'data-astro-prefetch': 'false' };

const STATUS_LABEL: Record<RuleResult['status'], string> = {
	met: 'Đạt',
	'not-met': 'Chưa đạt',
	missing: 'Chưa đủ số liệu',
	invalid: 'Số liệu chưa khớp',
	'not-applicable': 'Không áp dụng',
};

const OUTCOME_LABEL = {
	elected: 'Trúng cử',
	tied: 'Bằng phiếu ở vị trí cuối — bầu tiếp',
	passed: 'Quá một nửa nhưng ít phiếu hơn người trúng cử',
	'not-passed': 'Chưa quá một nửa so với căn cứ',
} as const;

/** The tally of every election whose figures are complete, by index. */
function tallies(data: Data): Map<number, Tally> {
	const out = new Map<number, Tally>();
	// Indexed as the form shows them (pruning drops blank entries), measured against the congress's base.
	const clean = prune(data);
	const elections = (getPath(data, 'elections') as unknown[] | undefined) ?? [];
	elections.forEach((raw, i) => {
		const e = prune(raw);
		if (e === undefined) return;
		const count = ballotCount(clean, e);
		if (!('missing' in count)) out.set(i, tally(count));
	});
	return out;
}

/** What is exported and generated: the pruned data, with elected flags from complete tallies. */
export function finalData(data: Data): Data {
	const clean = (prune(data) ?? {}) as Data;
	const elections = clean['elections'];
	if (Array.isArray(elections)) {
		clean['elections'] = elections.map((e) => {
			const count = ballotCount(clean, e);
			return 'missing' in count ? e : withResult(e as object, tally(count));
		});
	}
	return clean;
}

export function startPacketBuilder(doc: Document): void {
	const root = doc.querySelector<HTMLElement>('[data-packet]');
	const form = doc.querySelector<HTMLFormElement>('[data-packet-form]');
	const status = doc.querySelector<HTMLElement>('[data-packet-status]');
	const toolbar = doc.querySelector<HTMLElement>('[data-packet-toolbar]');
	const configEl = doc.getElementById('packet-config');
	const output = doc.querySelector<HTMLElement>('[data-packet-output]');
	const documents = doc.querySelector<HTMLElement>('[data-packet-documents]');
	const storage = doc.querySelector<HTMLElement>('[data-packet-storage]');
	const undoBar = doc.querySelector<HTMLElement>('[data-packet-undo]');
	if (!root || !form || !status || !toolbar || !configEl || !output || !documents || !storage || !undoBar) return;
	const config = JSON.parse(configEl.textContent ?? '{}') as Config;

	const sections = [...SECTIONS, numbersSection(config.templates)];
	const loaded = loadSaved();
	let state: Saved = loaded.saved;
	const touched = new Set<string>();
	let showAll = false;
	let saveTimer: number | undefined;

	const announce = (text: string) => {
		// Re-set so the same message is read again.
		status.textContent = '';
		window.setTimeout(() => (status.textContent = text), 50);
	};

	function renderForm(focusId?: string): void {
		// Problems that belong to no single field (the file as a whole) are shown first.
		form!.replaceChildren(el('p', { class: 'packet-error', id: errorIdOf('') }), ...renderSections(sections, state.data));
		update();
		if (focusId) doc.getElementById(focusId)?.focus();
	}

	function validate(): Map<string, string> {
		// Required groups start empty, so the schema names each missing field, not the whole group.
		const data = { organization: {}, congress: {}, ...finalData(state.data) };
		const result = congressSchema.safeParse(data);
		const errors = new Map<string, string>();
		if (result.success) return errors;
		for (const issue of result.error.issues) {
			let path = issue.path.map(String).join('.');
			let message = issue.message;
			// A required field left empty reads the same whatever its type (text, choice, number);
			// words typed where a figure belongs («ba mươi») are explained, not called empty.
			const typed = getPath(data, path);
			if (issue.code === 'invalid_type' || issue.code === 'invalid_value') {
				if (typed === undefined) message = 'chưa điền (bắt buộc)';
				else if (issue.code === 'invalid_type' && issue.expected === 'number' && typeof typed === 'string') message = notANumber(typed);
			}
			// Errors about a whole object or list go to the nearest element that shows one.
			while (path && !doc.getElementById(errorIdOf(path))) {
				path = path.split('.').slice(0, -1).join('.');
			}
			if (!errors.has(path)) errors.set(path, message);
		}
		return errors;
	}

	/**
	 * The same name twice in a list of candidates: not an error (two people may share a name) but
	 * the ballot could not tell them apart, so the second asks for a detail such as the year of birth.
	 */
	function duplicates(): Map<string, string> {
		const out = new Map<string, string>();
		const elections = (getPath(state.data, 'elections') as unknown[] | undefined) ?? [];
		elections.forEach((_, i) => {
			const list = ((getPath(state.data, `elections.${i}.candidates`) as unknown[] | undefined) ?? []).map((c) => getPath(c, 'name'));
			for (const [j, first] of duplicateNames(list)) {
				out.set(
					`elections.${i}.candidates.${j}.name`,
					`Trùng tên với người ${first + 1} (${String(list[first]).trim()}). Nếu là hai người khác nhau, ghi thêm năm sinh để phân biệt, ví dụ «${String(list[j]).trim()} (sinh năm 1975)»; nếu nhập nhầm, hãy xóa một người.`
				);
			}
		});
		return out;
	}

	function showErrors(errors: Map<string, string>): void {
		for (const node of form!.querySelectorAll<HTMLElement>('.packet-error')) {
			node.textContent = '';
			node.classList.remove('packet-warning');
		}
		for (const node of form!.querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid');
		for (const [path, message] of duplicates()) {
			if (errors.has(path)) continue;
			const slot = doc.getElementById(errorIdOf(path));
			if (!slot) continue;
			slot.textContent = message;
			slot.classList.add('packet-warning');
		}
		for (const [path, message] of errors) {
			if (!showAll && ![...touched].some((t) => t === path || t.startsWith(`${path}.`) || path.startsWith(`${t}.`))) continue;
			const slot = doc.getElementById(errorIdOf(path)) ?? doc.getElementById(errorIdOf(''));
			if (slot) slot.textContent = message;
			const input = doc.getElementById(idOf(path));
			if (input?.matches('input, select, textarea')) input.setAttribute('aria-invalid', 'true');
		}
	}

	function renderRules(): void {
		const out = form!.querySelector<HTMLElement>('[data-rules]');
		if (!out) return;
		const type = getPath(state.data, 'organization.type') as OrganizationType | undefined;
		if (!type) {
			out.replaceChildren(el('p', {}, 'Chọn loại tổ chức đảng ở phần đầu để xem các quy định áp dụng.'));
			return;
		}
		const results = evaluateRules(config.rules, {
			organizationType: type,
			term: String(getPath(state.data, 'congress.term') ?? ''),
			plan: prune(getPath(state.data, 'personnelPlan')) ?? {},
		});
		const applicable = results.filter((r) => r.status !== 'not-applicable');
		const ul = el('ul', { class: 'packet-results' });
		for (const r of applicable) {
			const li = el('li', { 'data-rule': r.rule.id, 'data-status': r.status });
			li.append(el('span', { class: `packet-badge ${r.status}` }, STATUS_LABEL[r.status]), el('strong', {}, r.rule.title));
			const line = r.figure ? `: ${r.figure} (${r.detail}). Yêu cầu ${r.expected}.` : `. Yêu cầu ${r.expected}; ${r.reason}.`;
			li.append(document.createTextNode(line));
			const src = config.sources[r.rule.id];
			if (src) {
				const p = el('p', { class: 'packet-hint' }, 'Nguồn: ');
				p.append(el('a', { href: src.href }, src.label));
				p.append(document.createTextNode('.'));
				if (r.rule.locality) p.append(document.createTextNode(` Con số do địa phương này nêu: ${r.rule.locality}.`));
				if (r.rule.note) p.append(document.createTextNode(` ${r.rule.note}`));
				if (r.rule.page) {
					p.append(document.createTextNode(' '));
					p.append(el('a', { href: routes.path(r.rule.page) }, 'Cách tính và phạm vi áp dụng'));
				}
				li.append(p);
			}
			ul.append(li);
		}
		const skipped = results.length - applicable.length;
		const parts: HTMLElement[] = [ul];
		if (!applicable.length) parts.unshift(el('p', {}, 'Không có quy định nào trong cẩm nang áp dụng cho loại tổ chức, nhiệm kỳ này.'));
		if (skipped) parts.push(el('p', { class: 'packet-hint' }, `${skipped} quy định khác không áp dụng cho loại tổ chức hoặc nhiệm kỳ này.`));
		out.replaceChildren(...parts);
	}

	function renderTallies(): void {
		const results = tallies(state.data);
		for (const slot of form!.querySelectorAll<HTMLElement>('[data-tally]')) {
			const index = Number(slot.dataset['tally']!.split('.')[1]);
			const heading = el('h4', {}, 'Kết quả kiểm phiếu');
			const result = results.get(index);
			if (!result) {
				const count = ballotCount(prune(state.data), prune(getPath(state.data, `elections.${index}`)));
				const missing = 'missing' in count ? count.missing.join('; ') : '';
				slot.replaceChildren(heading, el('p', {}, `Nhập ${missing} để biết ai trúng cử.`));
				continue;
			}
			if (!result.ok) {
				// Not a .packet-error: those are emptied whenever field messages are redrawn.
				const ul = el('ul', { class: 'packet-tally-problems' });
				for (const p of result.problems) ul.append(el('li', {}, p.message));
				slot.replaceChildren(heading, el('p', {}, 'Số liệu kiểm phiếu chưa khớp:'), ul);
				continue;
			}
			const seats = Number(getPath(state.data, `elections.${index}.seats`));
			const table = el('table');
			table.append(el('caption', { class: 'sr-only' }, 'Kết quả từng người'));
			const head = el('tr');
			for (const h of ['Họ và tên', 'Số phiếu', 'Tỷ lệ so với căn cứ', 'Kết quả']) head.append(el('th', { scope: 'col' }, h));
			table.append(el('thead'), el('tbody'));
			table.tHead!.append(head);
			for (const c of result.candidates) {
				const tr = el('tr', { 'data-outcome': c.outcome });
				tr.append(el('td', {}, c.name), el('td', {}, String(c.votes)), el('td', {}, shareOfBase(c.votes, result.base.value)), el('td', {}, OUTCOME_LABEL[c.outcome]));
				table.tBodies[0]!.append(tr);
			}
			slot.replaceChildren(
				heading,
				el('p', { class: 'packet-tally-base' }, describeBase(result.base)),
				el('p', { class: 'packet-tally-summary' }, describeTally(result, seats)),
				table
			);
		}
	}

	function update(): void {
		showErrors(validate());
		renderRules();
		renderTallies();
	}

	/** Saves now; a refused save (storage full or off) is said on the page until a save succeeds. */
	function storeNow(): void {
		window.clearTimeout(saveTimer);
		const ok = save(state);
		const warning = storage!.querySelector<HTMLElement>('[data-packet-save-failed]')!;
		if (!ok && warning.hidden) {
			warning.hidden = false;
			announce(warning.textContent ?? '');
		}
		if (ok) warning.hidden = true;
	}

	function persist(): void {
		window.clearTimeout(saveTimer);
		saveTimer = window.setTimeout(storeNow, 300);
	}

	function onEdit(target: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): void {
		const path = target.dataset['path'];
		if (!path) return;
		const kind = target.dataset['kind'];
		let value: unknown;
		if (kind === 'checkbox') value = (target as HTMLInputElement).checked || undefined;
		else if (kind === 'count') value = parseCount(target.value);
		else if (kind === 'number') value = parseDecimal(target.value);
		else if (path === 'congress.term') value = target.value === '' ? undefined : normalizeTerm(target.value);
		else value = target.value === '' ? undefined : target.value;
		setPath(state.data, path, value);
		touched.add(path);
		persist();
		if (path === 'organization.type' && typeof value === 'string') {
			state.data = applyDefaults(state.data, value);
			renderForm(target.id);
			return;
		}
		// Labels and proposals depend on the congress form.
		if (path === 'congress.kind') {
			renderForm(target.id);
			return;
		}
		update();
	}

	// Undo of the last removal: the entry goes back where it was, other edits made since are kept.
	let undo: { path: string; index: number; item: unknown; focus?: string } | undefined;
	function offerUndo(message: string, entry: NonNullable<typeof undo>): void {
		undo = entry;
		undoBar!.querySelector('span')!.textContent = message;
		undoBar!.hidden = false;
		announce(`${message} Bấm «Hoàn tác» để lấy lại.`);
	}
	function restore(): void {
		if (!undo) return;
		const items = ((getPath(state.data, undo.path) as unknown[] | undefined) ?? []).slice();
		items.splice(Math.min(undo.index, items.length), 0, undo.item);
		setPath(state.data, undo.path, items);
		const focus = undo.focus;
		undo = undefined;
		undoBar!.hidden = true;
		persist();
		renderForm(focus);
		announce('Đã lấy lại.');
	}
	undoBar.querySelector('[data-action="undo"]')?.addEventListener('click', restore);
	undoBar.querySelector('[data-action="undo-close"]')?.addEventListener('click', () => {
		undo = undefined;
		undoBar.hidden = true;
	});

	const kindLabel = (kind: unknown) => ELECTION_KIND_OPTIONS.find((o) => o.value === kind)?.label ?? 'Cuộc bầu';

	/** Ticks or unticks an election; unticking one with figures entered asks first, and can be undone. */
	function chooseElection(input: HTMLInputElement): void {
		const path = input.dataset['choose']!;
		const kind = input.value;
		const items = ((getPath(state.data, path) as Data[] | undefined) ?? []).slice();
		const at = items.findIndex((e) => getPath(e, 'kind') === kind);
		if (input.checked && at < 0) {
			// Keep the order a congress holds them in, which is also the documents' order.
			const order = ELECTION_KIND_OPTIONS.map((o) => o.value);
			const pos = items.filter((e) => order.indexOf(String(getPath(e, 'kind'))) < order.indexOf(kind)).length;
			items.splice(pos, 0, newElection(kind));
			setPath(state.data, path, items);
			persist();
			renderForm(input.id);
			announce(`Đã thêm «${kindLabel(kind)}».`);
		} else if (!input.checked && at >= 0) {
			const entry = items[at]!;
			const people = ((getPath(entry, 'candidates') as unknown[] | undefined) ?? []).length;
			const entered = people > 0 || getPath(entry, 'ballots') !== undefined || getPath(entry, 'elected') !== undefined;
			if (entered && !window.confirm(`Bỏ «${kindLabel(kind)}» cùng ${people ? `${people} người trong danh sách và ` : ''}số liệu đã nhập?`)) {
				input.checked = true;
				return;
			}
			items.splice(at, 1);
			setPath(state.data, path, items);
			persist();
			renderForm(input.id);
			offerUndo(`Đã bỏ «${kindLabel(kind)}».`, { path, index: at, item: entry, focus: input.id });
		}
	}

	form.addEventListener('input', (e) => {
		const t = e.target as HTMLInputElement;
		if (t.dataset['kind'] === 'checkbox' || t.tagName === 'SELECT') return;
		onEdit(t);
	});
	form.addEventListener('change', (e) => {
		const t = e.target as HTMLInputElement;
		if (t.dataset['choose']) return chooseElection(t);
		if (t.dataset['kind'] === 'checkbox' || t.tagName === 'SELECT') onEdit(t);
		const path = t.dataset['path'];
		if (!path) return;
		touched.add(path);
		const errors = validate();
		showErrors(errors);
		const message = errors.get(path);
		const label = doc.querySelector(`label[for="${idOf(path)}"]`)?.textContent?.replace(/ \*$/, '');
		if (message && label) announce(`${label}: ${message}`);
	});
	form.addEventListener('submit', (e) => e.preventDefault());
	form.addEventListener('click', (e) => {
		const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
		if (!button) return;
		const path = button.dataset['path']!;
		const items = ((getPath(state.data, path) as unknown[] | undefined) ?? []).slice();
		if (button.dataset['action'] === 'add') {
			items.push(button.dataset['item'] === 'string' ? '' : {});
			setPath(state.data, path, items);
			persist();
			const itemPath = `${path}.${items.length - 1}`;
			renderForm();
			const first = doc.getElementById(idOf(itemPath)) ?? doc.querySelector<HTMLElement>(`[data-container="${itemPath}"] [data-path]`);
			first?.focus();
		} else if (button.dataset['action'] === 'remove') {
			const index = Number(button.dataset['index']);
			const [removed] = items.splice(index, 1);
			setPath(state.data, path, items);
			persist();
			renderForm();
			doc.querySelector<HTMLElement>(`button[data-action="add"][data-path="${path}"]`)?.focus();
			const name = getPath(removed, 'name') ?? getPath(removed, 'item') ?? getPath(removed, 'indicator') ?? (typeof removed === 'string' ? removed : undefined);
			const label = button.getAttribute('aria-label')?.replace(/^Xóa /, '') ?? 'mục';
			offerUndo(`Đã xóa ${label}${typeof name === 'string' && name.trim() ? ` (${name.trim()})` : ''}.`, {
				path,
				index,
				item: removed,
				focus: idOf(typeof removed === 'string' ? `${path}.${index}` : `${path}.${index}.${Object.keys(removed ?? {})[0] ?? 'name'}`),
			});
		}
	});

	// Toolbar: file export/import and reset.
	toolbar.addEventListener('click', (e) => {
		const action = (e.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset['action'];
		if (action === 'export') exportFile();
		if (action === 'reset' && window.confirm('Xóa toàn bộ thông tin đã nhập trên máy này?')) {
			state = { data: {}, body: '' };
			touched.clear();
			showAll = false;
			storeNow();
			forgetCopies();
			showRestore();
			renderForm();
			announce('Đã xóa toàn bộ thông tin. Bắt đầu lại từ phần «Tổ chức đảng».');
		}
	});
	toolbar.querySelector<HTMLInputElement>('input[type=file]')?.addEventListener('change', (e) => {
		const input = e.target as HTMLInputElement;
		const file = input.files?.[0];
		input.value = '';
		if (file) void importFile(file);
	});
	storage.addEventListener('click', (e) => {
		if ((e.target as HTMLElement).closest('[data-action="restore"]')) restorePrevious();
	});

	/** Opens a congress file: read and checked first, then (if the form holds data) confirmed, with undo. */
	async function importFile(file: File): Promise<void> {
		let imported;
		try {
			imported = await readImport(file);
		} catch (err) {
			// The stored data is untouched: nothing was replaced.
			announce(`Không mở được tệp ${file.name}: ${err instanceof ImportError ? err.message : 'không đọc được tệp này.'} Thông tin đang nhập vẫn giữ nguyên.`);
			return;
		}
		const dropped = imported.droppedNote ? ` Phần không dùng được trong tệp sẽ bỏ qua: ${imported.droppedNote}.` : '';
		const hasData = Object.keys(prune(state.data) ?? {}).length > 0;
		if (hasData && !window.confirm(`Thay thông tin đang nhập (${summary(state.data)}) bằng nội dung tệp ${file.name} (${summary(imported.saved.data)})?${dropped}\n\nCó thể khôi phục thông tin cũ bằng nút «Khôi phục thông tin trước khi mở tệp».`)) {
			announce(`Chưa mở tệp ${file.name}. Thông tin đang nhập vẫn giữ nguyên.`);
			return;
		}
		if (hasData) keepPrevious(state);
		state = imported.saved;
		touched.clear();
		storeNow();
		showAll = true;
		renderForm();
		showRestore();
		const errors = validate();
		announce(
			(errors.size
				? `Đã mở tệp ${file.name}. Có ${errors.size} chỗ cần sửa, được ghi ngay dưới từng ô.`
				: `Đã mở tệp ${file.name}. Thông tin hợp lệ.`) + dropped.replace(' sẽ bỏ qua', ' đã bỏ qua')
		);
	}

	function showRestore(): void {
		const kept = previous();
		const slot = storage!.querySelector<HTMLElement>('[data-packet-restore]')!;
		slot.hidden = !kept;
		if (kept) slot.querySelector('[data-restore-what]')!.textContent = summary(kept.data);
	}

	function restorePrevious(): void {
		const kept = previous();
		if (!kept) return;
		state = kept;
		touched.clear();
		storeNow();
		renderForm();
		forgetPrevious();
		showRestore();
		announce(`Đã khôi phục thông tin trước khi mở tệp (${summary(state.data)}).`);
	}

	function slug(): string {
		const name = String(getPath(state.data, 'organization.name') ?? '');
		return foldDiacritics(name).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'dai-hoi';
	}
	// «dai-hoi-dang-bo-xa-thanh-chan.cndh.md»: office staff see what the file is; still a congress
	// file (.md) the site's editors can put in content/congresses/ as it is.
	const fileName = () => `dai-hoi-${slug().replace(/^dai-hoi-?/, '') || 'moi'}.cndh.md`;

	let links: string[] = [];
	const blobLink = (name: string, bytes: Uint8Array, text: string, type: string) => {
		const href = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
		links.push(href);
		return el('a', { href, download: name, ...NO_PREFETCH }, text);
	};

	async function generate(): Promise<void> {
		showAll = true;
		const errors = validate();
		showErrors(errors);
		if (errors.size) {
			const first = form!.querySelector<HTMLElement>('[aria-invalid="true"]');
			first?.focus();
			announce(`Chưa tạo được bộ văn bản: còn ${errors.size} chỗ cần sửa, được ghi ngay dưới từng ô.`);
			return;
		}
		const button = output!.querySelector<HTMLButtonElement>('[data-action="generate"]')!;
		button.disabled = true;
		documents!.replaceChildren(el('p', {}, 'Đang tạo văn bản…'));
		try {
			// The generator (docx-templates and the templates' code) loads only when asked for.
			const { generatePacket, packetName } = await import('./generate.ts');
			const { files, zip } = await generatePacket(finalData(state.data), config.templates, config.electionRules, config.rules);
			for (const href of links) URL.revokeObjectURL(href);
			links = [];
			const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
			const zipLine = el('p');
			zipLine.append(blobLink(packetName(slug()), zip, `Tải cả bộ (${files.length} văn bản, tệp .zip)`, 'application/zip'));
			zipLine.firstElementChild!.classList.add('packet-zip');
			const list = el('ul', { class: 'packet-documents-list' });
			for (const f of files) {
				const li = el('li');
				li.append(blobLink(f.name, f.bytes, f.title, docx));
				list.append(li);
			}
			documents!.replaceChildren(zipLine, el('p', {}, 'Hoặc tải từng văn bản:'), list);
			announce(`Đã tạo ${files.length} văn bản. Bấm vào tên văn bản để tải về.`);
		} catch (err) {
			const message =
				err instanceof ContentError
					? `Thông tin chưa hợp lệ: ${err.problems.map((p) => `${p.field ?? ''} ${p.message}`.trim()).join('; ')}`
					: `Không tạo được văn bản: ${err instanceof Error ? err.message : String(err)}`;
			documents!.replaceChildren(el('p', { class: 'packet-error' }, message));
			announce(message);
		} finally {
			button.disabled = false;
		}
	}
	output.querySelector('[data-action="generate"]')?.addEventListener('click', () => void generate());

	function download(name: string, blob: Blob): void {
		const a = el('a', { href: URL.createObjectURL(blob), download: name, ...NO_PREFETCH });
		doc.body.append(a);
		a.click();
		a.remove();
		window.setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
	}

	/** The save dialog's own description of the file, where the browser offers a save dialog. */
	const FILE_TYPE = { description: 'Hồ sơ đại hội (Cẩm nang Đại hội)', accept: { 'text/markdown': ['.md'] } };

	interface SavePicker {
		showSaveFilePicker?: (options: { suggestedName: string; types: (typeof FILE_TYPE)[] }) => Promise<{ name: string; createWritable: () => Promise<{ write: (b: Blob) => Promise<void>; close: () => Promise<void> }> }>;
	}

	function exportFile(): void {
		showAll = true;
		const errors = validate();
		showErrors(errors);
		// Valid data is written as the schema parses it: fields in the schema's order, NFC text.
		const data = finalData(state.data);
		const parsed = congressSchema.safeParse(data);
		const text = writeCongressFile(parsed.success ? (parsed.data as Data) : data, state.body);
		const blob = new Blob([text], { type: 'text/markdown;charset=utf-8' });
		const done = (name: string) =>
			announce(errors.size ? `Đã lưu tệp ${name}. Còn ${errors.size} chỗ cần sửa trước khi gửi cho biên tập viên.` : `Đã lưu tệp ${name}.`);
		const picker = (window as unknown as SavePicker).showSaveFilePicker;
		if (!picker) {
			download(fileName(), blob);
			done(fileName());
			return;
		}
		// Called before any await: the dialog needs the click that asked for it.
		picker({ suggestedName: fileName(), types: [FILE_TYPE] })
			.then(async (handle) => {
				const writable = await handle.createWritable();
				await writable.write(blob);
				await writable.close();
				done(handle.name);
			})
			.catch((err: unknown) => {
				// Closing the dialog is not an error; anything else falls back to a plain download.
				if ((err as Error)?.name === 'AbortError') return;
				download(fileName(), blob);
				done(fileName());
			});
	}

	toolbar.hidden = false;
	output.hidden = false;
	renderForm();
	showRestore();
	// Shown next to the toolbar, where it stays until the page is left (the status line is reused).
	if (loaded.notice) storage.querySelector<HTMLElement>('[data-packet-load-notice]')!.textContent = loaded.notice;
	// The whole handbook, this page's generator and templates included, is kept offline by the
	// site's service worker (src/scripts/offline/register.ts); the page says so once it is.
	void offlineReady.then(() => {
		root.dataset['offline'] = 'ready';
		const note = doc.querySelector<HTMLElement>('[data-packet-offline]');
		if (note) note.hidden = false;
	});
}

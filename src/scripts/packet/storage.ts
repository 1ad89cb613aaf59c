import { formatNumber } from '../../lib/vi/format.ts';
import { checkSize, YamlReadError } from '../../lib/content/yaml.ts';
import { CongressFileError, readCongressFile } from '../../lib/packet/congress-file.ts';
import type { Data } from '../../lib/packet/data.ts';
import { SECTIONS } from '../../lib/packet/form.ts';
import { isEmptyCongress, keepCongressShape } from '../../lib/packet/keep-shape.ts';

/**
 * Where the packet builder keeps what the user entered (localStorage, this browser only) and how a
 * congress file gets in. One rule for both: data is cut to the form's shape before the form sees
 * it, and nothing replaces stored data until the replacement has been read and checked.
 */

export interface Saved {
	data: Data;
	body: string;
}

const STORAGE_KEY = 'cndh:tao-bo-van-ban';
/** The data an import replaced, so «Khôi phục» works after a reload too. */
const PREVIOUS_KEY = 'cndh:tao-bo-van-ban:truoc-khi-mo-tep';
/** Stored data the form could not use, kept rather than overwritten by the next save. */
const DROPPED_KEY = 'cndh:tao-bo-van-ban:phan-bo-qua';

const empty = (): Saved => ({ data: {}, body: '' });

/** Plain label of a data path for messages: the form's own label, else the section title. */
export function labelOf(path: string): string {
	const parts = path.split('.');
	const plain = parts.filter((p) => !/^\d+$/.test(p));
	for (const section of SECTIONS) {
		for (const f of section.fields) {
			if (f.path === plain.slice(0, f.path.split('.').length).join('.')) {
				const index = parts.find((p) => /^\d+$/.test(p));
				return index === undefined ? f.label : `${f.label} (mục thứ ${Number(index) + 1})`;
			}
		}
	}
	for (const section of SECTIONS) {
		if (section.fields.some((f) => f.path.split('.')[0] === plain[0])) return section.title;
	}
	return `«${path}»`;
}

function describeDropped(dropped: string[]): string {
	const labels = [...new Set(dropped.map(labelOf))];
	const shown = labels.slice(0, 5).join(', ');
	return labels.length > 5 ? `${shown} và ${formatNumber(labels.length - 5)} phần khác` : shown;
}

function fromJson(raw: string | null): { saved: Saved; dropped: string[] } | undefined {
	if (!raw) return undefined;
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return { saved: empty(), dropped: ['(toàn bộ)'] };
	}
	const record = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
	const { data, dropped } = keepCongressShape(record['data']);
	const body = typeof record['body'] === 'string' ? record['body'] : '';
	return { saved: { data, body }, dropped };
}

function read(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

export interface Loaded {
	saved: Saved;
	/** A sentence for the user when part of what was stored could not be used; empty otherwise. */
	notice: string;
}

/**
 * What this browser holds, cut to the form's shape. Anything dropped is said, and the stored text
 * is set aside (not overwritten by the next save) so it is never lost.
 */
export function loadSaved(): Loaded {
	const raw = read(STORAGE_KEY);
	const got = fromJson(raw);
	if (!got) return { saved: empty(), notice: '' };
	if (!got.dropped.length) return { saved: got.saved, notice: '' };
	try {
		if (raw) localStorage.setItem(DROPPED_KEY, raw);
	} catch {
		// Nowhere to keep it; the message still says what was not loaded.
	}
	const what = got.dropped.includes('(toàn bộ)') ? 'toàn bộ thông tin' : describeDropped(got.dropped);
	return { saved: got.saved, notice: `Một phần thông tin lưu trên máy này không dùng được và đã được bỏ qua: ${what}. Phần còn lại vẫn giữ nguyên.` };
}

/** Saves; false when the browser refused (storage full or disabled), so the page can say so. */
export function save(state: Saved): boolean {
	try {
		localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
		return true;
	} catch {
		return false;
	}
}

/** Keeps a copy of what an import is about to replace. */
export function keepPrevious(state: Saved): void {
	try {
		localStorage.setItem(PREVIOUS_KEY, JSON.stringify(state));
	} catch {
		// Storage full: the confirmation the user just gave is the only safeguard left.
	}
}

/** The copy kept by keepPrevious, if any. */
export function previous(): Saved | undefined {
	const got = fromJson(read(PREVIOUS_KEY));
	return got && !isEmptyCongress(got.saved.data) ? got.saved : undefined;
}

export function forgetPrevious(): void {
	try {
		localStorage.removeItem(PREVIOUS_KEY);
	} catch {
		// Nothing to forget.
	}
}

/** «Xóa hết»: the copies kept for restoring go too, so nothing of the congress stays in this browser. */
export function forgetCopies(): void {
	forgetPrevious();
	try {
		localStorage.removeItem(DROPPED_KEY);
	} catch {
		// Nothing to forget.
	}
}

/** One line naming what the form holds now, for «thay … bằng …» questions. */
export function summary(data: Data): string {
	const name = typeof (data['organization'] as Record<string, unknown> | undefined)?.['name'] === 'string' ? String((data['organization'] as Record<string, unknown>)['name']) : '';
	const elections = Array.isArray(data['elections']) ? data['elections'].filter((e) => e).length : 0;
	const parts = [name ? `«${name}»` : 'hồ sơ chưa đặt tên'];
	if (elections) parts.push(`${formatNumber(elections)} cuộc bầu`);
	return parts.join(', ');
}

export interface Imported {
	saved: Saved;
	/** What of the file was left out because it does not fit the form, in plain words; empty if nothing. */
	droppedNote: string;
}

/** Why a file was not opened, in plain Vietnamese (no «YAML», «front matter»…). */
export class ImportError extends Error {}

/**
 * Reads a chosen file into form data, or throws ImportError. Size is checked before the file is
 * read; structure limits while it is parsed (yaml.ts); shape before anything is returned.
 */
export async function readImport(file: File): Promise<Imported> {
	try {
		checkSize(file.size);
		const parsed = readCongressFile(await file.text());
		const { data, dropped } = keepCongressShape(parsed.data);
		if (isEmptyCongress(data)) {
			throw new ImportError('tệp này không chứa thông tin đại hội nào mà công cụ đọc được (không có tên tổ chức, đại hội, cuộc bầu…). Hãy chọn tệp đã lưu bằng nút «Lưu ra tệp».');
		}
		return { saved: { data, body: parsed.body }, droppedNote: dropped.length ? describeDropped(dropped) : '' };
	} catch (e) {
		if (e instanceof ImportError) throw e;
		// One sentence, ending with a full stop, whichever reader refused the file.
		if (e instanceof CongressFileError || e instanceof YamlReadError) throw new ImportError(e.message.replace(/\.?$/, '.'));
		throw new ImportError('không đọc được tệp này.');
	}
}

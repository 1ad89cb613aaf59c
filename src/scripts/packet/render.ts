import { ORGANIZATION_TYPE_LABELS, type OrganizationType } from '../../lib/content/congress.ts';
import type { Field, Section } from '../../lib/packet/form.ts';
import { getPath, proposedElections } from '../../lib/packet/data.ts';
import { routes } from '../../data/routes.ts';

/**
 * Renders the form from its description (src/lib/packet/form.ts). Every input carries its data
 * path; ids derive from paths, so validation messages find their field and survive re-rendering.
 */

export const idOf = (path: string) => `f-${path.replace(/\./g, '-')}`;
export const errorIdOf = (path: string) => `e-${path.replace(/\./g, '-')}`;

const join = (base: string, path: string) => (base ? `${base}.${path}` : path);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [k, v] of Object.entries(props)) node.setAttribute(k, v);
	if (text !== undefined) node.textContent = text;
	return node;
}

function describe(input: HTMLElement, path: string, hint?: string): HTMLElement[] {
	const out: HTMLElement[] = [];
	const ids: string[] = [];
	if (hint) {
		const h = el('p', { class: 'packet-hint', id: `h-${idOf(path)}` }, hint);
		out.push(h);
		ids.push(h.id);
	}
	const err = el('p', { class: 'packet-error', id: errorIdOf(path) });
	out.push(err);
	ids.push(err.id);
	input.setAttribute('aria-describedby', ids.join(' '));
	return out;
}

/** The field's label, or its other label while the form has the value that calls for it. */
function labelOf(field: Field, data: unknown): string {
	const alt = field.labelWhen;
	return alt && getPath(data, alt.path) === alt.equals ? alt.label : field.label;
}

export const chooseIdOf = (path: string, value: string) => `${idOf(path)}-chon-${value}`;

/**
 * The options of a `choose` list as checkboxes, ticked for the entries the data holds; those the
 * organization type usually holds are marked as proposed, never ticked for the user.
 */
function choices(field: Extract<Field, { kind: 'list' }>, path: string, data: unknown): HTMLElement {
	const choose = field.choose!;
	const box = el('fieldset', { class: 'packet-choices', 'data-choices': path });
	box.append(el('legend', {}, choose.legend), el('p', { class: 'packet-hint' }, choose.hint));
	const type = getPath(data, 'organization.type') as OrganizationType | undefined;
	const proposed = proposedElections(type);
	const held = new Set(((getPath(data, path) as unknown[] | undefined) ?? []).map((e) => getPath(e, choose.path)));
	if (type && ORGANIZATION_TYPE_LABELS[type]) {
		box.append(el('p', { class: 'packet-hint' }, `Đề xuất cho ${ORGANIZATION_TYPE_LABELS[type].toLowerCase()}: ${proposed.map((v) => choose.options.find((o) => o.value === v)?.label.toLowerCase()).join('; ')}.`));
	}
	for (const o of choose.options) {
		const wrap = el('div', { class: 'packet-field checkbox' });
		const input = el('input', { type: 'checkbox', id: chooseIdOf(path, o.value), 'data-choose': path, value: o.value });
		input.checked = held.has(o.value);
		const text = proposed.includes(o.value) ? `${o.label} (đề xuất)` : o.label;
		wrap.append(input, el('label', { for: input.id }, text));
		box.append(wrap);
	}
	return box;
}

function display(value: unknown): string {
	return value === undefined || value === null ? '' : String(value);
}

function scalar(field: Field, path: string, data: unknown, label = labelOf(field, data)): HTMLElement {
	const wrap = el('div', { class: `packet-field${field.kind === 'checkbox' ? ' checkbox' : ''}` });
	const id = idOf(path);
	const value = getPath(data, path);
	let input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
	switch (field.kind) {
		case 'select': {
			const select = el('select');
			select.append(el('option', { value: '' }, '— Chọn —'));
			for (const o of field.options) {
				const opt = el('option', { value: o.value }, o.label);
				if (value === o.value) opt.selected = true;
				select.append(opt);
			}
			input = select;
			break;
		}
		case 'textarea':
			input = el('textarea', { rows: '3' });
			input.value = display(value);
			break;
		case 'checkbox':
			input = el('input', { type: 'checkbox' });
			(input as HTMLInputElement).checked = value === true;
			break;
		default: {
			const attrs: Record<string, string> = { type: field.kind === 'date' ? 'date' : field.kind === 'time' ? 'time' : 'text' };
			if (field.kind === 'count') attrs['inputmode'] = 'numeric';
			if (field.kind === 'number') attrs['inputmode'] = 'decimal';
			input = el('input', attrs);
			input.value = display(value);
		}
	}
	input.id = id;
	input.dataset['path'] = path;
	input.dataset['kind'] = field.kind;
	if (field.required) input.setAttribute('aria-required', 'true');
	const labelEl = el('label', { for: id }, label + (field.required ? ' *' : ''));
	if (field.kind === 'checkbox') wrap.append(input, labelEl);
	else wrap.append(labelEl, input);
	wrap.append(...describe(input, path, 'hint' in field ? field.hint : undefined));
	return wrap;
}

function list(field: Extract<Field, { kind: 'list' | 'strings' }>, path: string, data: unknown, tallySlot: boolean): HTMLElement {
	const box = el('fieldset', { 'data-container': path, id: idOf(path) });
	box.append(el('legend', {}, field.label));
	if (field.hint) box.append(el('p', { class: 'packet-hint' }, field.hint));
	const chosen = field.kind === 'list' && field.choose ? field.choose : undefined;
	if (chosen) box.append(choices(field as Extract<Field, { kind: 'list' }>, path, data));
	const items = (getPath(data, path) as unknown[] | undefined) ?? [];
	items.forEach((_, i) => {
		const itemPath = `${path}.${i}`;
		const value = chosen ? getPath(data, `${itemPath}.${chosen.path}`) : undefined;
		const name = chosen?.options.find((o) => o.value === value)?.label ?? `${field.item} ${i + 1}`;
		if (field.kind === 'strings') {
			const f: Field = { kind: field.of === 'date' ? 'date' : 'text', path: '', label: name };
			const row = scalar(f, itemPath, data, name);
			row.append(removeButton(path, i, name));
			box.append(row);
			return;
		}
		const item = el('fieldset', { 'data-container': itemPath, class: 'packet-item' });
		item.append(el('legend', {}, name));
		for (const sub of field.fields) item.append(render(sub, itemPath, data));
		if (tallySlot) item.append(el('div', { class: 'packet-tally', 'data-tally': itemPath }));
		// A chosen entry goes away by unticking its option.
		if (!chosen) {
			const actions = el('div', { class: 'packet-item-actions' });
			actions.append(removeButton(path, i, name));
			item.append(actions);
		}
		item.append(el('p', { class: 'packet-error', id: errorIdOf(itemPath) }));
		box.append(item);
	});
	if (chosen) {
		box.append(el('p', { class: 'packet-error', id: errorIdOf(path) }));
		return box;
	}
	const add = el('button', { type: 'button', class: 'cndh-button', 'data-action': 'add', 'data-path': path, 'data-item': field.kind === 'strings' ? 'string' : 'object' }, `Thêm ${field.item.toLowerCase()}`);
	add.setAttribute('aria-label', `Thêm ${field.item.toLowerCase()} vào «${field.label}»`);
	box.append(add, el('p', { class: 'packet-error', id: errorIdOf(path) }));
	return box;
}

function removeButton(path: string, index: number, name: string): HTMLButtonElement {
	const b = el('button', { type: 'button', class: 'cndh-button', 'data-action': 'remove', 'data-path': path, 'data-index': String(index) }, 'Xóa');
	b.setAttribute('aria-label', `Xóa ${name.toLowerCase()}`);
	return b;
}

function render(field: Field, base: string, data: unknown): HTMLElement {
	const path = join(base, field.path);
	if (field.kind === 'list') return list(field, path, data, !!field.tally);
	if (field.kind === 'strings') return list(field, path, data, false);
	return scalar(field, path, data);
}

export function renderSections(sections: Section[], data: unknown): HTMLElement[] {
	return sections.map((s) => {
		const section = el('section', { class: 'packet-section', 'aria-labelledby': `s-${s.id}` });
		section.append(el('h2', { id: `s-${s.id}` }, s.title));
		if (s.intro) section.append(el('p', {}, s.intro));
		if (s.links?.length) {
			const p = el('p', { class: 'packet-hint' }, 'Xem: ');
			s.links.forEach((l, i) => {
				if (i) p.append(document.createTextNode('; '));
				p.append(el('a', { href: routes.path(l.value) }, l.label));
			});
			section.append(p);
		}
		for (const f of s.fields) section.append(render(f, '', data));
		if (s.rules) {
			const out = el('div', { class: 'packet-rules', 'data-rules': '' });
			section.append(el('h3', { id: `s-${s.id}-kiem-tra` }, 'Đối chiếu với các tỷ lệ nguồn nêu (văn bản hoặc báo cáo của một địa phương)'), out);
		}
		return section;
	});
}

export { el };

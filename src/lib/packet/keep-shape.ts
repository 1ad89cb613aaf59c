import { congressShapeSchema } from '../content/congress.ts';
import { shapeOfSchema, type Shape } from '../documents/shape.ts';
import type { Data } from './data.ts';

/**
 * What the form can hold: data cut to the congress schema's shape (mappings where it has groups,
 * lists where it has lists, plain values where it has fields). The form walks this shape, so data
 * of another shape — a file of another kind, a stored copy from an older version, a hand-edited
 * localStorage — would break it on every load. Values of the right shape but wrong content (a
 * word where a number goes) are kept: the schema names those under their field. Browser-safe.
 */

const CONGRESS_SHAPE = shapeOfSchema(congressShapeSchema);

export interface Kept {
	data: Data;
	/** Paths of what was dropped (`elections`, `presidium.2`, `foo`), for the message. */
	dropped: string[];
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isLeafValue = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

function keep(value: unknown, shape: Shape, path: string, dropped: string[]): unknown {
	switch (shape.kind) {
		case 'leaf':
			if (isLeafValue(value) || value === undefined) return value;
			break;
		case 'array':
			if (Array.isArray(value)) {
				// Kept by position: the form's paths are indexes into the list as it was.
				return value.map((item, i) => (item === undefined || item === null ? undefined : keep(item, shape.element, `${path}.${i}`, dropped)));
			}
			break;
		case 'object':
		case 'record':
			if (isPlainObject(value)) {
				const out: Record<string, unknown> = {};
				for (const [key, v] of Object.entries(value)) {
					const inner = shape.kind === 'record' ? shape.value : Object.hasOwn(shape.fields, key) ? shape.fields[key] : undefined;
					const at = path ? `${path}.${key}` : key;
					if (!inner) {
						dropped.push(at);
						continue;
					}
					if (v === null || v === undefined) continue;
					const k = keep(v, inner, at, dropped);
					if (k !== undefined) out[key] = k;
				}
				return out;
			}
			break;
	}
	if (value !== null && value !== undefined) dropped.push(path);
	return undefined;
}

/** Cuts `value` to the congress shape; `dropped` lists what did not fit. Never throws. */
export function keepCongressShape(value: unknown): Kept {
	const dropped: string[] = [];
	if (!isPlainObject(value)) return { data: {}, dropped: value === null || value === undefined ? [] : ['(toàn bộ)'] };
	const data = keep(value, CONGRESS_SHAPE, '', dropped) as Data;
	return { data, dropped };
}

/** Whether anything of a congress is there at all: a file of another kind keeps nothing. */
export const isEmptyCongress = (data: Data) => Object.keys(data).length === 0;

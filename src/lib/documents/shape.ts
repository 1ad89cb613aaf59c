import type { z } from 'zod';

/**
 * The shape of the data a template may read: which names exist, which are lists (and of what),
 * which are plain values. The lint resolves every path of every command against it.
 */
export type Shape =
	| { kind: 'leaf' }
	| { kind: 'object'; fields: Record<string, Shape> }
	| { kind: 'record'; value: Shape }
	| { kind: 'array'; element: Shape };

export const leaf: Shape = { kind: 'leaf' };
export const obj = (fields: Record<string, Shape>): Shape => ({ kind: 'object', fields });
export const arr = (element: Shape): Shape => ({ kind: 'array', element });

interface ZodDefLike {
	type: string;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
	innerType?: z.ZodType;
	out?: z.ZodType;
	in?: z.ZodType;
	valueType?: z.ZodType;
}

/** Reads the shape out of a zod schema (objects, arrays, records; wrappers are looked through). */
export function shapeOfSchema(schema: z.ZodType): Shape {
	const def = (schema as unknown as { _zod: { def: ZodDefLike } })._zod.def;
	switch (def.type) {
		case 'object':
			return obj(Object.fromEntries(Object.entries(def.shape ?? {}).map(([k, v]) => [k, shapeOfSchema(v)])));
		case 'array':
			return arr(shapeOfSchema(def.element!));
		case 'record':
			return { kind: 'record', value: shapeOfSchema(def.valueType!) };
		case 'optional':
		case 'nullable':
		case 'default':
		case 'prefault':
		case 'readonly':
		case 'nonoptional':
			return shapeOfSchema(def.innerType!);
		case 'pipe': {
			// z.preprocess(fn, schema) is a pipe from a transform into the real schema.
			const out = shapeOfSchema(def.out!);
			return out.kind === 'leaf' && def.in ? shapeOfSchema(def.in) : out;
		}
		default:
			return leaf;
	}
}

/** Resolves `keys` under `shape`; returns the shape reached or the first key that does not exist. */
export function resolvePath(shape: Shape, keys: string[]): { shape: Shape } | { missing: string; at: number } {
	let cur = shape;
	for (let i = 0; i < keys.length; i++) {
		const key = keys[i]!;
		if (cur.kind === 'object' && Object.hasOwn(cur.fields, key)) cur = cur.fields[key]!;
		else if (cur.kind === 'record') cur = cur.value;
		else if (cur.kind === 'array' && /^\d+$/.test(key)) cur = cur.element;
		else return { missing: key, at: i };
	}
	return { shape: cur };
}

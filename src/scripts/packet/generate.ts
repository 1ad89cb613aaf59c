import {
	compileTemplate,
	packetName,
	packetZip,
	parseCongress,
	renderCongress,
	type CompiledTemplate,
	type ElectionRules,
	type GeneratedFile,
	type TemplateMeta,
} from '../../lib/documents/index.ts';
import { routes } from '../../data/routes.ts';
import type { Rule } from '../../lib/rules/schema.ts';

/**
 * In-browser generation: the build's own code (src/lib/documents) over templates fetched from
 * this site. Loaded on demand, so the form does not wait for it.
 */

export { packetName };

let compiled: Promise<Map<string, CompiledTemplate>> | undefined;

function compileAll(metas: TemplateMeta[]): Promise<Map<string, CompiledTemplate>> {
	compiled ??= Promise.all(
		metas.map(async (m) => {
			const response = await fetch(routes.packetTemplate(m.id));
			if (!response.ok) throw new Error(`Không tải được mẫu ${m.title} (${response.status}).`);
			return [m.id, await compileTemplate(m.id, new Uint8Array(await response.arrayBuffer()))] as const;
		})
	).then((entries) => new Map(entries));
	// A failed download may succeed on the next try.
	compiled.catch(() => (compiled = undefined));
	return compiled;
}

export interface Packet {
	files: GeneratedFile[];
	zip: Uint8Array;
}

/** Validates the congress (throws ContentError with every problem) and renders its documents and .zip. */
export async function generatePacket(data: unknown, metas: TemplateMeta[], rules: ElectionRules, personnelRules: readonly Rule[]): Promise<Packet> {
	const congress = parseCongress(data, 'thông tin đã nhập');
	const files = await renderCongress(congress, metas, await compileAll(metas), rules, personnelRules);
	return { files, zip: packetZip(files) };
}

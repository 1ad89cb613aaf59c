import { basename, join } from 'node:path';
import { listFiles, parseYaml, readText } from '../content/files.ts';

/** A source that is not a directive (report, article, news item), as the book's appendix lists it. */
export interface ReportEntry {
	id: string;
	title: string;
	/** How the handbook names it in prose ("Báo Điện Biên Phủ ngày 14 tháng 02 năm 2020"). */
	short?: string;
	date?: string;
	locality?: string;
	publisher?: string;
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/**
 * The reports registered in content/reports/ (one YAML file each, the file name is the id cited
 * as `tl:<id>`), for the appendix the book's `tl:` links lead to. The reports' schema and checker
 * belong to the content model; this reads only the fields the appendix prints, and an entry
 * without a title is left out.
 */
export function listReports(contentDir: string): ReportEntry[] {
	const out: ReportEntry[] = [];
	for (const path of listFiles(join(contentDir, 'reports'), /\.ya?ml$/)) {
		const data = parseYaml(readText(path), path) as Record<string, unknown> | null;
		const title = str(data?.title);
		if (!data || !title) continue;
		const entry: ReportEntry = { id: basename(path).replace(/\.ya?ml$/, ''), title };
		for (const key of ['short', 'date', 'locality', 'publisher'] as const) {
			const value = str(data[key]);
			if (value) entry[key] = value;
		}
		out.push(entry);
	}
	return out.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id));
}

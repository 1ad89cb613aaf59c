/**
 * Text that XML 1.0 cannot hold, and so no .docx can: C0 control characters other than tab,
 * line feed and carriage return, lone UTF-16 surrogates, and the non-characters U+FFFE/U+FFFF.
 * One vertical tab pasted into a name makes Word refuse every generated document, so the schemas
 * refuse such text with the field named (see `text` in common.ts), and the document writer strips
 * whatever reaches it anyway (stripXmlUnsafe) so a document is never malformed. Browser-safe.
 */
const XML_UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const XML_UNSAFE_ALL = new RegExp(XML_UNSAFE.source, 'gu');

/** The first character XML cannot hold, as «U+000B», or undefined when the text is fine. */
export function xmlUnsafeChar(text: string): string | undefined {
	const m = XML_UNSAFE.exec(text);
	return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

/** The text without the characters XML cannot hold; the last guard before anything is written to a document. */
export const stripXmlUnsafe = (text: string) => text.replace(XML_UNSAFE_ALL, '');

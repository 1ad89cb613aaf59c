/**
 * The one way data is embedded in a page (`<script type="application/json" set:html={jsonForHtml(x)}>`):
 * JSON with `<`, `>` and `&` written as \u escapes, so no value — a template description holding
 * `</script><img onerror=…>`, a `<!--` — can close the script element or change how the HTML parser
 * reads it; U+2028/U+2029 escaped too, for any reader that treats the text as JavaScript.
 * JSON.parse of the element's text gives back exactly the value. Browser-safe.
 */
export function jsonForHtml(value: unknown): string {
	return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

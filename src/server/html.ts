/**
 * HTML built from tagged templates: every interpolated value is escaped unless it is already
 * `Html` (built by this tag). Article text is untrusted, so nothing reaches a page unescaped.
 */

/** A string of markup that is safe to insert as is. */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for element content and quoted attribute values.
 *
 * @example
 * escapeHtml('<b a="x">'); // '&lt;b a=&quot;x&quot;&gt;'
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

type Value = Html | string | number | boolean | null | undefined | Value[];

function render(v: Value): string {
  if (v === null || v === undefined || v === false || v === true) return '';
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(String(v));
}

/**
 * Tagged template that escapes every value (arrays are joined, null/booleans vanish).
 *
 * @example
 * html`<p>${'<script>'}</p>`.value; // '<p>&lt;script&gt;</p>'
 */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Html(out);
}

/**
 * Marks trusted markup (built here, never from input) as Html.
 *
 * @example
 * raw('<br>').value; // '<br>'
 */
export function raw(s: string): Html {
  return new Html(s);
}

/**
 * A URL safe to put in an href: only http(s) URLs pass, anything else gives null.
 *
 * @example
 * safeHttpUrl('javascript:alert(1)'); // null
 */
export function safeHttpUrl(u: string | null | undefined): string | null {
  if (!u) return null;
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

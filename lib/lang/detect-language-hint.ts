/** The primary subtag of a page's lang attribute ("pt-BR" -> "pt"), or null. Light enough for the content script. */
export function primaryTag(hint: string | null | undefined): string | null {
  const m = hint?.trim().toLowerCase().match(/^([a-z]{2,3})(?:[-_]|$)/);
  return m?.[1] ?? null;
}

/** The local part of an element name, lower-cased: "content:encoded" -> "encoded", "dc:date" -> "date". */
export function localName(el: Element): string {
  const name = el.tagName;
  const colon = name.indexOf(':');
  return (colon >= 0 ? name.slice(colon + 1) : name).toLowerCase();
}

/**
 * An element's name as matched here: lower-cased, with its prefix ("content:encoded", "title"). Prefixes are
 * matched as written (the conventional ones: dc, content, media, atom): feeds rarely rebind them, and the parser
 * keeps no namespace table.
 */
function qualifiedName(el: Element): string {
  return el.tagName.toLowerCase();
}

/** Direct children with one of these (lower-case, prefixed where the element is) names, in document order. */
export function childrenNamed(parent: Element, ...names: string[]): Element[] {
  const wanted = new Set(names);
  return Array.from(parent.children).filter((child) => wanted.has(qualifiedName(child)));
}

/** Text of the first child with one of these names, in the order of the names, that is not blank; or null. */
export function childText(parent: Element, ...names: string[]): string | null {
  for (const name of names) {
    for (const child of childrenNamed(parent, name)) {
      const text = child.textContent?.trim();
      if (text) return text;
    }
  }
  return null;
}

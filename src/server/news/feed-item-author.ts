function nameOf(person: unknown): string | undefined {
  const raw = typeof person === 'object' && person !== null ? (person as { name?: unknown }).name : person;
  return typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : undefined;
}

function list(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

// A bare address in RSS <author> ("editor@example.com") names no one a reader would recognise,
// and an address is not worth republishing; only real names count.
function isAddress(name: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(name);
}

/**
 * The byline from the first source that has one, names joined with ", " (as sites that credit two
 * writers do). Sources are tried in order: e.g. dc:creator, then <author>, then the feed's authors.
 */
export function pickAuthor(...sources: unknown[]): string | undefined {
  for (const source of sources) {
    const names = [...new Set(list(source).map(nameOf).filter((n): n is string => !!n && !isAddress(n)))];
    if (names.length > 0) return names.join(', ');
  }
  return undefined;
}

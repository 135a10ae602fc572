/** Every key path of a JSON value with its type ("estimate.feeCosts[].included: boolean"); arrays merge their items. */
export function keyPaths(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (v: unknown, path: string) => {
    if (Array.isArray(v)) {
      if (v.length === 0) out.set(path, out.get(path) ?? 'array');
      for (const item of v) visit(item, `${path}[]`);
      return;
    }
    if (v !== null && typeof v === 'object') {
      for (const [key, child] of Object.entries(v)) visit(child, path ? `${path}.${key}` : key);
      return;
    }
    out.set(path, v === null ? 'null' : typeof v);
  };
  visit(value, prefix);
  return out;
}

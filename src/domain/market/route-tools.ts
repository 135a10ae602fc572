interface StepLike {
  tool?: string;
  toolDetails?: { key?: string; name?: string };
  includedSteps?: readonly StepLike[];
}

/**
 * The tools (bridges, exchanges) a route uses, each as its names [name, key], from every step and the
 * steps it includes, once each by key. Pure; takes a LI.FI Route or anything shaped like one.
 */
export function routeTools(route: { steps: readonly StepLike[] }): string[][] {
  const byKey = new Map<string, string[]>();
  const visit = (step: StepLike) => {
    const key = (step.toolDetails?.key ?? step.tool ?? '').trim();
    const name = (step.toolDetails?.name ?? '').trim();
    const names = [...new Set([name, key].filter(Boolean))];
    if (names.length > 0 && !byKey.has((key || name).toLowerCase())) byKey.set((key || name).toLowerCase(), names);
    for (const inner of step.includedSteps ?? []) visit(inner);
  };
  for (const step of route.steps) visit(step);
  return [...byKey.values()];
}

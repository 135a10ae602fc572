import type { PolicyFinding } from '@/domain/policy/policy-types';
import { RULE_LABEL } from '../lib/rule-labels';

/** Blocked rules (signing disabled) or warnings, each named in plain words. */
export function PolicyNotice({ findings, kind, title }: { findings: readonly PolicyFinding[]; kind: 'blocked' | 'warning'; title: string }) {
  // The route and its step can break the same rule; one line per rule reads better.
  const unique = findings.filter((f, i) => findings.findIndex((g) => g.rule === f.rule) === i);
  if (unique.length === 0) return null;
  return (
    <div className={`trade-notice ${kind === 'blocked' ? 'trade-notice-error' : 'trade-notice-warn'}`} role={kind === 'blocked' ? 'alert' : 'status'} data-testid={kind === 'blocked' ? 'policy-blocked' : 'policy-warnings'}>
      <p className="trade-notice-title">{title}</p>
      <ul>
        {unique.map((f) => (
          <li key={`${f.rule}:${f.message}`} data-rule={f.rule}>
            <strong>{RULE_LABEL[f.rule] ?? f.rule}:</strong> {f.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

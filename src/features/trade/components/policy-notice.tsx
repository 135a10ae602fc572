import type { PolicyFinding } from '@/domain/policy/policy-types';
import { RULE_LABEL } from '../lib/rule-labels';

/** Blocked rules (signing disabled) or warnings, each named in plain words. */
export function PolicyNotice({ findings, kind, title }: { findings: readonly PolicyFinding[]; kind: 'blocked' | 'warning'; title: string }) {
  if (findings.length === 0) return null;
  return (
    <div className={`trade-notice ${kind === 'blocked' ? 'trade-notice-error' : 'trade-notice-warn'}`} role={kind === 'blocked' ? 'alert' : 'status'} data-testid={kind === 'blocked' ? 'policy-blocked' : 'policy-warnings'}>
      <p className="trade-notice-title">{title}</p>
      <ul>
        {findings.map((f) => (
          <li key={`${f.rule}:${f.message}`} data-rule={f.rule}>
            <strong>{RULE_LABEL[f.rule] ?? f.rule}:</strong> {f.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

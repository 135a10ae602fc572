import './ui.css';
import type { ReactNode } from 'react';

interface StatusPanelProps {
  tone: 'empty' | 'error';
  title: string;
  children?: ReactNode;
  /** A button or link offering the way out (retry, clear filters). */
  action?: ReactNode;
}

/** An empty or error state inside a panel. Errors are announced (role="alert"). */
export function StatusPanel({ tone, title, children, action }: StatusPanelProps) {
  return (
    <div className={`status-panel status-panel-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <span className="status-panel-icon" aria-hidden="true">
        {tone === 'error' ? '!' : '∅'}
      </span>
      <p className="status-panel-title">{title}</p>
      {children ? <div className="status-panel-body">{children}</div> : null}
      {action ? <div className="status-panel-action">{action}</div> : null}
    </div>
  );
}

import { Component, type ErrorInfo, type ReactNode } from 'react';
import { StatusPanel } from './status-panel';

interface Props {
  /** The panel's name, shown in the fallback. */
  name: string;
  children: ReactNode;
}

interface State {
  error?: Error;
}

/** Keeps one failing panel from blanking the page; offers a retry that remounts the panel. */
export class PanelErrorBoundary extends Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.name} panel failed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <StatusPanel
        tone="error"
        title={`${this.props.name} could not be shown`}
        action={
          <button type="button" className="btn" onClick={() => this.setState({ error: undefined })}>
            Try again
          </button>
        }
      >
        <p>{this.state.error.message}</p>
      </StatusPanel>
    );
  }
}

import { Component, type ErrorInfo, type ReactNode } from 'react';

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
      <div role="alert" className="panel-error">
        <p>
          <strong>{this.props.name}</strong> could not be shown: {this.state.error.message}
        </p>
        <button type="button" onClick={() => this.setState({ error: undefined })}>
          Try again
        </button>
      </div>
    );
  }
}

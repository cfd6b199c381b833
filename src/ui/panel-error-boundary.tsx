import { Component, type ReactNode } from 'react';

interface Props {
  /** What to show instead of the panel, given the error's message. */
  fallback: (message: string) => ReactNode;
  /** Changing this (e.g. new data) gives the panel another try. */
  resetKey: unknown;
  children: ReactNode;
}

interface State {
  error?: Error;
  resetKey: unknown;
}

/** Keeps one broken panel from taking the rest of the dashboard down with it. */
export class PanelErrorBoundary extends Component<Props, State> {
  override state: State = { resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey
      ? { resetKey: props.resetKey, error: undefined }
      : null;
  }

  override render() {
    if (this.state.error) return this.props.fallback(this.state.error.message);
    return this.props.children;
  }
}

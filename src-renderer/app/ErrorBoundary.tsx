import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** Where the boundary sits, for the message: "This screen" or "Clausebook". */
  scope: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/**
 * Shows what went wrong instead of an empty window when rendering throws. The core commits every save
 * as it happens, so reloading loses nothing saved and is the way out offered.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the developer tools; the user sees the message below.
    console.error('Clausebook could not show this view', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="problem" role="alert">
        <h1 className="problem__title">{this.props.scope} could not be shown</h1>
        <p className="problem__text">
          Something unexpected happened while drawing this view. Your workspace is not affected: everything
          saved so far is in the workspace file. Reloading usually clears this; if it keeps happening, note
          the message below.
        </p>
        <pre className="problem__detail">{error.message || error.name}</pre>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}

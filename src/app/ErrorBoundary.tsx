// The last line of defence: an unexpected error shows what happened and a way back, never a blank page.
import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="fatal" role="alert">
        <h1>Something went wrong in Dossier</h1>
        <p>{this.state.error.message}</p>
        <p>
          <a href={window.location.pathname}>Reload with the default view</a>
        </p>
      </main>
    );
  }
}

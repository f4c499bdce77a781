'use client';

import { Component, type ReactNode } from 'react';

/**
 * Last line of defence: if anything in the lab throws while rendering (it should not: the engine, the
 * script reader and the tracer all report problems as values), the lab is replaced by a short message and a
 * button that starts it afresh, and the rest of the page carries on.
 */
export class LabErrorBoundary extends Component<{ onReset: () => void; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="lab-placeholder" role="alert">
        <p className="lab-placeholder-title">The lab stopped</p>
        <p className="lab-placeholder-text">Something in this run could not be shown. Starting again clears the lab’s part of the address.</p>
        <button
          type="button"
          className="lab-button lab-button-primary"
          onClick={() => {
            this.setState({ failed: false });
            this.props.onReset();
          }}
        >
          Start the lab again
        </button>
      </div>
    );
  }
}

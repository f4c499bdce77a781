'use client';

import { useState } from 'react';
import { urlPrefix, withoutOwnParams } from '@/lib/instruments/url';
import { LAB_PARAM_KEYS } from '@/lib/isolation/lab/params';
import { IsolationLab, type IsolationLabProps } from './IsolationLab';
import { LabErrorBoundary } from './LabErrorBoundary';

/** The lab inside its error boundary; "Start the lab again" clears the lab's URL parameters and remounts it. */
export function LabMount(props: IsolationLabProps) {
  const [generation, setGeneration] = useState(0);
  const prefix = urlPrefix(props.urlKey);
  return (
    <LabErrorBoundary
      onReset={() => {
        const { pathname, search, hash } = window.location;
        window.history.replaceState(window.history.state, '', `${pathname}${withoutOwnParams(search, LAB_PARAM_KEYS, prefix)}${hash}`);
        setGeneration((g) => g + 1);
      }}
    >
      <IsolationLab key={generation} {...props} />
    </LabErrorBoundary>
  );
}

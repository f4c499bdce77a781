'use client';

import { useState } from 'react';
import { LAB_PARAM_KEYS, labParam, labPrefix } from '@/lib/isolation/lab/params';
import { IsolationLab, type IsolationLabProps } from './IsolationLab';
import { LabErrorBoundary } from './LabErrorBoundary';

/** The lab inside its error boundary; "Start the lab again" clears the lab's URL parameters and remounts it. */
export function LabMount(props: IsolationLabProps) {
  const [generation, setGeneration] = useState(0);
  const prefix = labPrefix(props.urlKey);
  return (
    <LabErrorBoundary
      onReset={() => {
        const { pathname, search, hash } = window.location;
        const params = new URLSearchParams(search);
        for (const key of LAB_PARAM_KEYS) params.delete(labParam(key, prefix));
        const query = params.toString();
        window.history.replaceState(window.history.state, '', `${pathname}${query ? `?${query}` : ''}${hash}`);
        setGeneration((g) => g + 1);
      }}
    >
      <IsolationLab key={generation} {...props} />
    </LabErrorBoundary>
  );
}

import { ThroughputCalculator } from '@/components/widgets/ThroughputCalculator';
import { ToolPage, toolMetadata } from '@/components/widgets/ToolPage';

export const metadata = toolMetadata('throughput');

export default function ThroughputToolPage() {
  return (
    <ToolPage
      slug="throughput"
      intro={
        <p>
          Turn daily active users into operations per second. A day has 86,400 seconds, but traffic is not flat: the
          peak factor scales the average to the busiest hour you must survive.
        </p>
      }
    >
      <ThroughputCalculator />
    </ToolPage>
  );
}

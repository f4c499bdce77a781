import { Advisor } from '@/components/advisor/Advisor';
import { DecisionToolPage, decisionToolMetadata } from '@/components/advisor/tool-pages';

export const metadata = decisionToolMetadata('advisor');

export default function AdvisorToolPage() {
  return (
    <DecisionToolPage
      slug="advisor"
      intro={
        <p>
          Describe what the workload does to its data, and the advisor walks the course&apos;s selection framework in order:
          consistency, read/write ratio, data model, the 12-month scale, PostgreSQL first, then operational burden. Start from a
          case study, change a number, and watch the path change.
        </p>
      }
    >
      <Advisor headingLevel={2} />
    </DecisionToolPage>
  );
}

import { MigrationDiagnosis } from '@/components/advisor/MigrationDiagnosis';
import { DecisionToolPage, decisionToolMetadata } from '@/components/advisor/tool-pages';

export const metadata = decisionToolMetadata('migration-diagnosis');

export default function MigrationDiagnosisToolPage() {
  return (
    <DecisionToolPage
      slug="migration-diagnosis"
      intro={
        <p>
          Most database problems are fixed without changing databases. Pick the symptom you see: the diagnosis gives its usual cause,
          the cheaper fixes to try first, and only then a migration target and the pattern for moving the data.
        </p>
      }
    >
      <MigrationDiagnosis headingLevel={2} />
    </DecisionToolPage>
  );
}

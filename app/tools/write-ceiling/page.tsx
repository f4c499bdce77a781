import { ToolPage, toolMetadata } from '@/components/widgets/ToolPage';
import { WriteCeilingCalculator } from '@/components/widgets/WriteCeilingCalculator';

export const metadata = toolMetadata('write-ceiling');

export default function WriteCeilingToolPage() {
  return (
    <ToolPage
      slug="write-ceiling"
      intro={
        <p>
          A single relational primary takes every write. The sources put its ceiling anywhere from 5,000 to 50,000
          writes per second, depending on indexes, constraints and hardware; plan against the low end and ask how many
          months of growth you have left.
        </p>
      }
    >
      <WriteCeilingCalculator />
    </ToolPage>
  );
}

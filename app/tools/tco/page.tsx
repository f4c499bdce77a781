import { TcoCalculator } from '@/components/widgets/TcoCalculator';
import { ToolPage, toolMetadata } from '@/components/widgets/ToolPage';

export const metadata = toolMetadata('tco');

export default function TcoToolPage() {
  return (
    <ToolPage
      slug="tco"
      intro={
        <p>
          The cheapest bill is not the cheapest database once engineer time is counted. Price each option with its
          ops hours, then see how many hours a month a self-hosted cluster can take before a managed service wins.
        </p>
      }
    >
      <TcoCalculator />
    </ToolPage>
  );
}

import { ConnectionPoolCalculator } from '@/components/widgets/ConnectionPoolCalculator';
import { ToolPage, toolMetadata } from '@/components/widgets/ToolPage';

export const metadata = toolMetadata('connection-pool');

export default function ConnectionPoolToolPage() {
  return (
    <ToolPage
      slug="connection-pool"
      intro={
        <p>
          PostgreSQL runs one process per connection, and each one holds memory whether it is busy or idle. A pooler
          in front of the database decides how many of those the server really has to carry.
        </p>
      }
    >
      <ConnectionPoolCalculator />
    </ToolPage>
  );
}

import { StorageCalculator } from '@/components/widgets/StorageCalculator';
import { ToolPage, toolMetadata } from '@/components/widgets/ToolPage';

export const metadata = toolMetadata('storage');

export default function StorageToolPage() {
  return (
    <ToolPage
      slug="storage"
      intro={
        <p>
          Start from bytes per record, records per day and retention, then add what a real database stores on top:
          replicas, indexes, WAL, compaction room, backups and blobs kept in object storage.
        </p>
      }
    >
      <StorageCalculator />
    </ToolPage>
  );
}

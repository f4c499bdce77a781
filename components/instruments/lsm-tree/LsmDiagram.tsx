'use client';

import { entryCount, levelTarget } from '@/lib/instruments/lsm-tree/engine';
import { SORTED_LEVELS, type FileRole, type LsmConfig, type SSTable } from '@/lib/instruments/lsm-tree/types';
import type { LsmFrame } from '@/lib/instruments/lsm-tree/trace';

const ROLE_TEXT: Record<FileRole, string> = {
  flushed: 'just flushed',
  input: 'compaction input',
  output: 'compaction output',
  'filter-no': 'filter said no',
  'false-positive': 'false positive',
  hit: 'key found here',
  checked: 'checked',
};

function FileBox({ file, role, focusKey }: { file: SSTable; role: FileRole | undefined; focusKey: number | null }) {
  const label = `File #${file.id}, keys ${file.min} to ${file.max}, ${file.entries.length} ${file.entries.length === 1 ? 'entry' : 'entries'}${role ? `, ${ROLE_TEXT[role]}` : ''}`;
  return (
    <li className={`viz-file${role ? ` is-${role}` : ''}`} aria-label={label}>
      <span className="viz-file-head" aria-hidden="true">
        <span className="viz-file-id">#{file.id}</span>
        {role && <span className="viz-file-role">{ROLE_TEXT[role]}</span>}
      </span>
      <span className="viz-file-keys" aria-hidden="true">
        {file.entries.map((e) => (
          <span key={e.key} className={`viz-entry${e.tombstone ? ' is-tombstone' : ''}${e.key === focusKey ? ' is-key' : ''}`} title={e.tombstone ? `${e.key} deleted` : `${e.key} = v${e.version}`}>
            {e.key}
          </span>
        ))}
      </span>
    </li>
  );
}

/** The memtable and every level at one step, as rows of files; the files a step is about carry their role. */
export function LsmDiagram({ frame, config }: { frame: LsmFrame; config: LsmConfig }) {
  const { state, highlight } = frame;
  const mem = highlight.memtable;
  const memLabel = `Memtable: ${state.memtable.length} of ${config.memtableSize} entries${mem === 'hit' ? ', key found here' : mem === 'full' ? ', full' : ''}`;
  return (
    <div className="viz-lsm">
      <div className={`viz-lsm-row viz-lsm-memtable${mem ? ` is-${mem}` : ''}`}>
        <p className="viz-lsm-name">
          Memtable <span className="viz-lsm-size">in memory · {state.memtable.length}/{config.memtableSize}</span>
        </p>
        <ul className="viz-lsm-files" aria-label={memLabel}>
          <li className="viz-file viz-file-mem" aria-label={`${memLabel}${state.memtable.length ? `: ${state.memtable.map((e) => e.key).join(', ')}` : ''}`}>
            <span className="viz-file-keys" aria-hidden="true">
              {state.memtable.length === 0 && <span className="viz-empty">empty</span>}
              {state.memtable.map((e) => (
                <span key={e.key} className={`viz-entry${e.tombstone ? ' is-tombstone' : ''}${e.key === highlight.key ? ' is-key' : ''}`} title={e.tombstone ? `${e.key} deleted` : `${e.key} = v${e.version}`}>
                  {e.key}
                </span>
              ))}
            </span>
          </li>
        </ul>
      </div>
      {state.levels.map((files, level) => {
        const size = entryCount(files);
        const target = level === 0 ? `${files.length}/${config.l0Trigger} files` : level === SORTED_LEVELS ? `${size} entries, no limit` : `${size}/${levelTarget(config, level)} entries`;
        const name = `Level ${level}`;
        return (
          <div key={level} className={`viz-lsm-row${highlight.level === level ? ' is-target' : ''}`}>
            <p className="viz-lsm-name">
              {name} <span className="viz-lsm-size">{level === 0 ? 'overlapping files' : 'one sorted run'} · {target}</span>
            </p>
            {files.length === 0 ? (
              <p className="viz-empty">no files</p>
            ) : (
              <ul className="viz-lsm-files" aria-label={`${name}: ${files.length} ${files.length === 1 ? 'file' : 'files'}`}>
                {files.map((file) => (
                  <FileBox key={file.id} file={file} role={highlight.files[file.id]} focusKey={highlight.key} />
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}

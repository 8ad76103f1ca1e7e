/**
 * A read-only rendering of blocks (a past version) with the editor's own classes, so it
 * looks like the document. Each block takes its direction from its own text, as in the editor.
 */
import type { ReactNode } from 'react';
import type { Block, BlockList, Inline } from '../../../shared/model/template';
import { isSafeExternalUrl } from '../../../shared/security/trusted-urls';

const FORMAT_CLASSES = { bold: 'ed-bold', italic: 'ed-italic', underline: 'ed-underline' } as const;

export function Runs({ value }: { value: Inline[] | string }) {
  const runs = typeof value === 'string' ? [value] : value;
  return (
    <>
      {runs.map((run, index) => {
        if (typeof run === 'string') return <span key={index}>{run}</span>;
        const className = (run.formats ?? []).map((format) => FORMAT_CLASSES[format]).join(' ') || undefined;
        const text = <span className={className}>{run.text}</span>;
        return run.href && isSafeExternalUrl(run.href) ? (
          <a key={index} className="ed-link" href={run.href} target="_blank" rel="noreferrer noopener">
            {text}
          </a>
        ) : (
          <span key={index}>{text}</span>
        );
      })}
    </>
  );
}

function BlockView({ block }: { block: Block }): ReactNode {
  switch (block.type) {
    case 'heading': {
      const Tag = `h${block.level}` as const;
      return (
        <Tag className={`ed-h${block.level}`} dir="auto">
          <Runs value={block.text} />
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p className="ed-p" dir="auto">
          <Runs value={block.text} />
        </p>
      );
    case 'quote':
      return (
        <blockquote className="ed-quote" dir="auto">
          <Runs value={block.text} />
        </blockquote>
      );
    case 'bullets':
    case 'numbered': {
      const List = block.type === 'bullets' ? 'ul' : 'ol';
      return (
        // The list takes its items' direction, so its numbers or bullets sit on the text's side.
        <List className={block.type === 'bullets' ? 'ed-ul' : 'ed-ol'} dir="auto">
          {block.items.map((item, index) => (
            <li key={index} className="ed-li">
              <Runs value={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'table':
      return (
        <table className="ed-table">
          {block.header.length > 0 ? (
            <thead>
              <tr>
                {block.header.map((cell, index) => (
                  <th key={index} className="ed-th" dir="auto">
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
          ) : null}
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c} className="ed-td" dir="auto">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'guidance':
      return null;
  }
}

export function BlocksView({ blocks, label }: { blocks: BlockList; label: string }) {
  return (
    <div className="editor version-text" role="document" aria-label={label} tabIndex={0}>
      {blocks.map((block, index) => (
        <BlockView key={index} block={block} />
      ))}
    </div>
  );
}

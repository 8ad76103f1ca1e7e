import type { ReactNode } from 'react';

interface Props {
  /** Used for the element id (`<name>-panel`), its heading and its test id. */
  name: string;
  title: string;
  closeLabel: string;
  onClose: () => void;
  className?: string;
  children: ReactNode;
}

/** A document's side panel (comments, versions, endorsements): a titled region with its Close button. */
export function SidePanel({ name, title, closeLabel, onClose, className, children }: Props) {
  const titleId = `${name}-panel-title`;
  return (
    <aside id={`${name}-panel`} className={`document-panel side-panel ${className ?? ''}`.trim()} aria-labelledby={titleId} data-testid={`${name}-panel`}>
      <header className="side-panel__header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {closeLabel}
        </button>
      </header>
      {children}
    </aside>
  );
}

import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

/** What `read` makes of a board's content, live (other members edit it at the same time). */
export function useBoard<T>(content: Y.Map<unknown>, read: (content: Y.Map<unknown>) => T): T {
  const [value, setValue] = useState(() => read(content));
  useEffect(() => {
    setValue(read(content));
    const onChange = () => setValue(read(content));
    content.observeDeep(onChange);
    return () => content.unobserveDeep(onChange);
    // `read` is a module-level function for each board.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [content]);
  return value;
}

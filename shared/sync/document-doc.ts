/** Layout of a document's Y.Doc: the Lexical tree lives in one root XmlText. */
import * as Y from 'yjs';

export const DOCUMENT_ROOT_NAME = 'root';

/**
 * A document's Y.Doc keeps deleted text (no garbage collection): named versions,
 * comparisons, restoring and "who wrote what" all read the history. The cost is what was
 * deleted stays stored, which for text a committee negotiates is small.
 */
export function newDocumentDoc(documentId: string): Y.Doc {
  return new Y.Doc({ guid: documentId, gc: false });
}

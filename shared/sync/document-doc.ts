/** Layout of a document's Y.Doc: the Lexical tree lives in one root XmlText. */
export const DOCUMENT_ROOT_NAME = 'root';

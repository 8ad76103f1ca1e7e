/** Placeholder while the page is built: open a `.accord` file (recent files, the Accord folder, upload). */
export function FilesScreen() {
  return null;
}

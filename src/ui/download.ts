/** A file made in the page: its name, media type and text. */
export interface TextFile {
  name: string;
  type: string;
  text: string;
}

/** Saves a blob under a file name through a temporary link. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves an export under its own name. */
export function downloadFile(file: TextFile): void {
  downloadBlob(new Blob([file.text], { type: file.type }), file.name);
}

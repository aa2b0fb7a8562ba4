/** The content of a file the user chose, as base64 (what the import methods take). */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      // A data URL: "data:<type>;base64,<content>".
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error(`${file.name} could not be read.`));
    reader.readAsDataURL(file);
  });
}

/**
 * Hands a file to the browser's download: a Blob behind an object URL and a link with `download`.
 * The same works in Electron and through the loopback host; the page's CSP has no say over a
 * download, and nothing is fetched.
 */
export function downloadFile({
  fileName,
  mimeType,
  content,
}: {
  fileName: string;
  mimeType: string;
  content: string;
}): void {
  const binary = atob(content);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click is handled; a minute is plenty of margin.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

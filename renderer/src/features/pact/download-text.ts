// Saves text the host produced as a file, the way a browser saves a link with a download attribute.

export function downloadText(fileName: string, mediaType: string, content: string): void {
  // The charset keeps accents intact in tools that would otherwise guess a legacy encoding.
  const blob = new Blob([content], { type: `${mediaType};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking within the same task can cancel the download in some browsers; the next one is safe.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

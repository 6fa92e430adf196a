/** The tool's few browser side effects: saving a file and copying a link. */

/** Saves text (or a blob, e.g. a PNG) as a file through a temporary object URL (nothing leaves the page). */
export function saveFile(content: string | Blob, type: string, fileName: string): void {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns; release it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copies text with the Clipboard API, else with a hidden selection; false when neither works. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    let copied = false;
    try {
      // Deprecated, but the only way to copy where the Clipboard API is refused (e.g. an insecure origin).
      const legacy = document as unknown as { execCommand(command: 'copy'): boolean };
      copied = legacy.execCommand('copy');
    } catch {
      copied = false;
    }
    area.remove();
    return copied;
  }
}

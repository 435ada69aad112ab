// A document's title as a file name a person reads in their downloads and mail: the characters Windows and
// the upload check refuse taken out, at most 80 characters.
export function fileNameFromTitle(title: string, extension: string, fallback: string): string {
  const base = title.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '').trim().slice(0, 80)
  return `${base || fallback}${extension}`
}

// An upload is what its name says: the file's first bytes must match its (only) extension, so a page saved as
// invoice.pdf.html or a PDF/HTML polyglot never reaches another user's browser. Files are served as downloads
// with nosniff (src/lib/rest-guard.ts).
import type { CollectionBeforeOperationHook } from 'payload'

import { refuse } from '../../lib/errors'

const startsWith = (data: Buffer, bytes: number[], offset = 0) => bytes.every((b, i) => data[offset + i] === b)

/** Each accepted extension and the signature its content must carry. */
const SIGNATURES: Record<string, (data: Buffer) => boolean> = {
  pdf: (d) => startsWith(d, [0x25, 0x50, 0x44, 0x46, 0x2d]), // %PDF-
  png: (d) => startsWith(d, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpg: (d) => startsWith(d, [0xff, 0xd8, 0xff]),
  jpeg: (d) => startsWith(d, [0xff, 0xd8, 0xff]),
  gif: (d) => startsWith(d, [0x47, 0x49, 0x46, 0x38]),
  webp: (d) => startsWith(d, [0x52, 0x49, 0x46, 0x46]) && startsWith(d, [0x57, 0x45, 0x42, 0x50], 8),
  docx: (d) => startsWith(d, [0x50, 0x4b, 0x03, 0x04]),
  xlsx: (d) => startsWith(d, [0x50, 0x4b, 0x03, 0x04]),
  doc: (d) => startsWith(d, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  xls: (d) => startsWith(d, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
}
export const UPLOAD_EXTENSIONS = Object.keys(SIGNATURES)

/** Markup a browser would run, anywhere in the first 64 KB (a polyglot hides a page behind a valid header). */
const MARKUP = /<\s*(?:html|script|svg|iframe|object|embed|body|meta)\b|javascript:/i

export function uploadProblem(name: string, data: Buffer): { rule: string; zh: string; en: string } | null {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f/\\]/.test(name) || name.length > 200) {
    return { rule: 'upload.bad-filename', zh: '文件名含有不允许的字符或过长', en: 'The file name contains a character that is not allowed, or is too long.' }
  }
  const parts = name.toLowerCase().split('.')
  const extension = parts.length > 1 ? parts.at(-1)! : ''
  const check = SIGNATURES[extension]
  if (!check) {
    return { rule: 'upload.type-not-allowed', zh: `只接受以下类型的文件：${UPLOAD_EXTENSIONS.join('、')}`, en: `Only these file types are accepted: ${UPLOAD_EXTENSIONS.join(', ')}.` }
  }
  // invoice.pdf.html, report.html.pdf: a name with a second, different file type in it is refused.
  if (parts.slice(1, -1).some((p) => /^(html?|xhtml|svg|js|mjs|exe|bat|cmd|sh|php|jsp|asp|aspx)$/.test(p))) {
    return { rule: 'upload.double-extension', zh: '文件名含有多重扩展名', en: 'The file name has more than one file type in it.' }
  }
  if (!check(data)) {
    return { rule: 'upload.content-mismatch', zh: `文件内容与扩展名 .${extension} 不符`, en: `The file's content is not a .${extension} file.` }
  }
  if (extension === 'pdf' && MARKUP.test(data.subarray(0, 64 * 1024).toString('latin1'))) {
    return { rule: 'upload.content-mismatch', zh: '该 PDF 文件内嵌网页代码，不能上传', en: 'This PDF carries web page code and cannot be uploaded.' }
  }
  return null
}

export const checkUpload: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  const file = req.file
  if (!file) return args
  const problem = uploadProblem(String(file.name ?? ''), file.data)
  if (problem) refuse(400, problem.rule, problem.zh, problem.en, 'file')
  return args
}

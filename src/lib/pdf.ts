// Lays an official text out as an A4 PDF with an embedded Simplified Chinese font (Noto Sans Hans, brought by
// `npm install` with @embedpdf/fonts-sc, subset into each file: about 50 KB a document). No system font assumed.
import path from 'node:path'

import PDFDocument from 'pdfkit'

import type { OfficialText } from '../policies/documents'

// The package exports only its JS entry, and the server bundle must not inline 8 MB fonts: read them from
// node_modules of the working directory (the project root for `npm start` and the tests).
const fontsDir = process.env.PDF_FONT_DIR ?? path.join(process.cwd(), 'node_modules', '@embedpdf', 'fonts-sc', 'fonts')
const REGULAR = path.join(fontsDir, 'NotoSansHans-Regular.otf')
const BOLD = path.join(fontsDir, 'NotoSansHans-Bold.otf')
const RED = '#c00000'

export function renderPdf(text: OfficialText): Promise<Buffer> {
  // `font` here keeps pdfkit from loading its built-in Helvetica (its metrics files are not bundled).
  const doc = new PDFDocument({ size: 'A4', margins: { top: 72, bottom: 72, left: 80, right: 80 }, font: REGULAR, info: { Title: text.title, Author: text.issuer, Creator: '创新载体管理平台' } })
  doc.registerFont('regular', REGULAR)
  doc.registerFont('bold', BOLD)
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  const width = doc.page.width - 160

  if (text.kind === 'certificate') {
    doc.rect(40, 40, doc.page.width - 80, doc.page.height - 80).lineWidth(3).stroke(RED)
    doc.moveDown(4).font('bold').fontSize(40).fillColor(RED).text(text.title, { align: 'center', characterSpacing: 20 })
    doc.moveDown(0.5).font('regular').fontSize(11).fillColor('black').text(text.number ?? '', { align: 'center' })
    doc.moveDown(3).font('bold').fontSize(22).text(text.paragraphs[0] ?? '', { align: 'center' })
    doc.moveDown(2).font('regular').fontSize(14)
    for (const p of text.paragraphs.slice(1)) doc.text(p, { align: 'center' }).moveDown(0.8)
  } else {
    // The red masthead of an official document, its number, then the body.
    doc.font('bold').fontSize(26).fillColor(RED).text(text.issuer, { align: 'center', characterSpacing: 4 })
    if (text.number) doc.moveDown(0.4).font('regular').fontSize(12).fillColor('black').text(text.number, { align: 'center' })
    const y = doc.y + 8
    doc.moveTo(80, y).lineTo(80 + width, y).lineWidth(1.5).stroke(RED)
    doc.y = y + 20
    doc.font('bold').fontSize(18).fillColor('black').text(text.title, { align: 'center' })
    doc.moveDown(1).font('regular').fontSize(12)
    if (text.to) doc.text(text.to).moveDown(0.5)
    for (const p of text.paragraphs) doc.text(`　　${p}`, { align: 'justify', lineGap: 4 }).moveDown(0.5)
    if (text.table) {
      doc.moveDown(0.5)
      const widths = [0.1, 0.35, 0.4, 0.15].map((w) => w * width)
      const row = (cells: string[], bold = false) => {
        const top = doc.y
        const heights = cells.map((c, i) => doc.font(bold ? 'bold' : 'regular').fontSize(10.5).heightOfString(c, { width: widths[i]! - 8 }))
        const h = Math.max(...heights) + 8
        if (top + h > doc.page.height - 72) doc.addPage()
        const y0 = doc.y
        let x = 80
        cells.forEach((c, i) => {
          doc.rect(x, y0, widths[i]!, h).lineWidth(0.5).stroke('#444')
          doc.font(bold ? 'bold' : 'regular').fontSize(10.5).fillColor('black').text(c, x + 4, y0 + 4, { width: widths[i]! - 8 })
          x += widths[i]!
        })
        doc.x = 80
        doc.y = y0 + h
      }
      row(text.table.head, true)
      for (const r of text.table.rows) row(r)
      doc.moveDown(1)
    }
  }
  // Issuer and date, right-aligned as a signature block.
  doc.moveDown(2).font('regular').fontSize(13).fillColor('black')
  doc.text(text.issuer, 80, doc.y, { width, align: 'right' })
  doc.text(text.issuedOn, { width, align: 'right' })
  doc.end()
  return done
}

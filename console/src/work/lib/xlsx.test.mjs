// node --test src/work (Node 20's own runner; nothing to install). Checks the in-browser XLSX writer.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { crc32, sheetXml, workbookBytes } from './xlsx.js'

/** The stored entries of a ZIP, read from its central directory. */
function entries(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = bytes.length - 22
  assert.equal(view.getUint32(end, true), 0x06054b50)
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const out = new Map()
  for (let i = 0; i < count; i++) {
    assert.equal(view.getUint32(at, true), 0x02014b50)
    const crc = view.getUint32(at + 16, true)
    const size = view.getUint32(at + 24, true)
    const nameLength = view.getUint16(at + 28, true)
    const local = view.getUint32(at + 42, true)
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength))
    const localNameLength = view.getUint16(local + 26, true)
    const data = bytes.subarray(local + 30 + localNameLength, local + 30 + localNameLength + size)
    out.set(name, { crc, data, text: new TextDecoder().decode(data) })
    at += 46 + nameLength
  }
  return out
}

test('crc32 of the standard check string', () => {
  assert.equal(crc32(new TextEncoder().encode('123456789')), 0xcbf43926)
})

test('a workbook holds the parts a spreadsheet program needs, each with its checksum', () => {
  const zip = entries(workbookBytes('代表建议', ['标题', '件数'], [['关于<修路>&建议', 3]]))
  assert.deepEqual([...zip.keys()].sort(), ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels',
    'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'])
  for (const { crc, data } of zip.values()) {
    assert.equal(crc, crc32(data))
  }
  assert.match(zip.get('xl/workbook.xml').text, /<sheet name="代表建议"/)
})

test('strings are escaped inline strings, numbers are numbers, empty cells are left out', () => {
  const xml = sheetXml(['标题', '件数', '备注'], [['关于<修路>&建议', 3, null], ['第二条', 1.5, '']])
  assert.match(xml, /<c r="A2" t="inlineStr"><is><t xml:space="preserve">关于&lt;修路&gt;&amp;建议<\/t><\/is><\/c>/)
  assert.match(xml, /<c r="B2"><v>3<\/v><\/c>/)
  assert.match(xml, /<c r="B3"><v>1.5<\/v><\/c>/)
  assert.doesNotMatch(xml, /r="C2"|r="C3"/)
  assert.match(xml, /<c r="A1" t="inlineStr" s="1">/)
})

test('columns past Z are named AA, AB, ...', () => {
  const header = Array.from({ length: 28 }, (_, i) => `c${i}`)
  const xml = sheetXml(header, [])
  assert.match(xml, /r="Z1"/)
  assert.match(xml, /r="AA1"/)
  assert.match(xml, /r="AB1"/)
})

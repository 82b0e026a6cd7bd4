import { render, type Localized } from '../util/i18n';

/** The converters' messages, in both languages: one clear sentence per bad input. */
const MESSAGES = {
  encrypted: { 'zh-CN': '此 PDF 已加密（需要密码），无法读取其文字', en: 'This PDF is encrypted (it needs a password); its text cannot be read' },
  noText: {
    'zh-CN': '此 PDF 为扫描件，没有可提取的文字（共 {pages} 页）；请先做文字识别（OCR）',
    en: 'This PDF is a scan with no text layer ({pages} pages); run text recognition (OCR) on it first',
  },
  corrupt: { 'zh-CN': '文件已损坏或不完整，无法读取', en: 'The file is damaged or incomplete and cannot be read' },
  pagesUnreadable: { 'zh-CN': '有 {pages} 页无法读取，已跳过', en: '{pages} pages could not be read and were skipped' },
  tooLarge: { 'zh-CN': '文件过大（{mb} MB），上限为 {max} MB', en: 'The file is too large ({mb} MB); the limit is {max} MB' },
  tooManyPages: { 'zh-CN': '此 PDF 有 {pages} 页，超过上限 {max} 页', en: 'This PDF has {pages} pages, more than the limit of {max}' },
  timeout: { 'zh-CN': '转换超过 {s} 秒，已停止', en: 'The conversion took longer than {s} s and was stopped' },
  cancelled: { 'zh-CN': '转换已取消', en: 'The conversion was cancelled' },
  notDocx: { 'zh-CN': '此文件不是 Word 文档（.docx），无法读取', en: 'This file is not a Word document (.docx) and cannot be read' },
  notXlsx: { 'zh-CN': '此文件不是 Excel 工作簿（.xlsx），无法读取', en: 'This file is not an Excel workbook (.xlsx) and cannot be read' },
  noCachedValues: {
    'zh-CN': '工作表“{sheet}”有 {count} 个公式没有保存计算结果（如 {cell}），这些单元格按空白读取；请在 Excel 或 WPS 中打开并保存后再检查',
    en: 'Sheet "{sheet}" has {count} formulas with no saved result (e.g. {cell}); they are read as empty. Open and save the file in Excel or WPS, then check it again',
  },
  unsupported: { 'zh-CN': '不支持此文件类型：{ext}', en: 'This file type is not supported: {ext}' },
  empty: { 'zh-CN': '文件中没有可读取的文字', en: 'The file holds no text to read' },
} satisfies Record<string, Localized>;

export type MessageId = keyof typeof MESSAGES;

export function msg(id: MessageId, args: Record<string, string | number> = {}): Localized {
  const m = MESSAGES[id];
  return { 'zh-CN': render(m['zh-CN'], args), en: render(m.en, args) };
}

import type { Localized } from '../util/i18n';

/**
 * The column roles of data/tableKinds.json, named once: `label` is the short Chinese name used in messages
 * ("“合计”与各列之和…"), `name` the full name in both languages that hover shows (the header text of merged cells is
 * unreliable). Names follow what the standard tables print: 上解上级支出 is the 支出总表's column (上缴上级支出 is
 * the narrative's definition of the same money).
 */
export const ROLES: Readonly<Record<string, { readonly label: string; readonly name: Localized }>> = {
  income: { label: '收入', name: { 'zh-CN': '收入预算数', en: 'income' } },
  expense: { label: '支出', name: { 'zh-CN': '支出预算数', en: 'expenditure' } },
  total: { label: '合计', name: { 'zh-CN': '合计', en: 'total' } },
  subtotal: { label: '本年收入小计', name: { 'zh-CN': '本年收入小计', en: 'subtotal' } },
  fiscal: { label: '财政拨款收入', name: { 'zh-CN': '财政拨款收入', en: 'fiscal appropriation' } },
  specialAccount: { label: '财政专户', name: { 'zh-CN': '财政专户收入', en: 'special fiscal account' } },
  business: { label: '事业收入', name: { 'zh-CN': '事业收入', en: 'business income' } },
  operating: { label: '经营', name: { 'zh-CN': '经营收支', en: 'operating' } },
  superior: { label: '上级补助收入', name: { 'zh-CN': '上级补助收入', en: 'subsidy from superior' } },
  subsidiary: { label: '附属单位上缴收入', name: { 'zh-CN': '附属单位上缴收入', en: 'remittance from subsidiaries' } },
  other: { label: '其他收入', name: { 'zh-CN': '其他收入', en: 'other income' } },
  carryover: { label: '上年结转', name: { 'zh-CN': '上年结转', en: 'carried over' } },
  basic: { label: '基本支出', name: { 'zh-CN': '基本支出', en: 'basic expenditure' } },
  project: { label: '项目支出', name: { 'zh-CN': '项目支出', en: 'project expenditure' } },
  remitUpward: { label: '上解上级支出', name: { 'zh-CN': '上解上级支出', en: 'remitted upward' } },
  subsidyToSubordinate: { label: '对附属单位补助支出', name: { 'zh-CN': '对附属单位补助支出', en: 'subsidies to subordinate units' } },
  personnel: { label: '人员经费', name: { 'zh-CN': '人员经费', en: 'personnel' } },
  publicFunds: { label: '公用经费', name: { 'zh-CN': '公用经费', en: 'public funds' } },
  gpb: { label: '一般公共预算', name: { 'zh-CN': '一般公共预算财政拨款', en: 'general public budget' } },
  fund: { label: '政府性基金', name: { 'zh-CN': '政府性基金预算财政拨款', en: 'government fund budget' } },
  soe: { label: '国有资本经营', name: { 'zh-CN': '国有资本经营预算财政拨款', en: 'state capital budget' } },
  count: { label: '数量', name: { 'zh-CN': '数量', en: 'count' } },
  value: { label: '价值', name: { 'zh-CN': '价值', en: 'value' } },
  quantity: { label: '数量', name: { 'zh-CN': '数量', en: 'quantity' } },
  price: { label: '单价', name: { 'zh-CN': '单价', en: 'unit price' } },
  projectBudget: { label: '预算资金', name: { 'zh-CN': '预算资金', en: 'project budget' } },
  unitFunds: { label: '单位资金', name: { 'zh-CN': '单位资金', en: 'unit funds' } },
  fiscalCarryover: { label: '财政拨款结转', name: { 'zh-CN': '财政拨款结转', en: 'fiscal carry-over' } },
  nonFiscalCarryover: { label: '非财政拨款结转结余', name: { 'zh-CN': '非财政拨款结转结余', en: 'non-fiscal carry-over' } },
  smeReserve: { label: '预留中小微企业份额', name: { 'zh-CN': '预留中小微企业份额', en: 'share reserved for SMEs' } },
};

/** UI strings. zh-CN is the source table; `en` is typed against its keys, so adding a key to
 * zh-CN without translating it (or leaving a stale key in en) fails type checking.
 * Placeholders are `{name}`; numbers passed to t() are formatted for the locale. */

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

const zhCN = {
  'app.name': '掌柜看板',
  'app.language': '语言',
  'locale.zh-CN': '中文',
  'locale.en': 'English',

  'nav.overview': '总览',
  'nav.traffic': '流量',
  'nav.funnel': '漏斗',
  'nav.campaigns': '活动',
  'nav.competitors': '竞品',
  'nav.tracker': '优化跟踪',
  'nav.sql': 'SQL',
  'nav.data': '数据',

  'filter.dateRange': '日期范围',
  'filter.start': '开始',
  'filter.end': '结束',
  'filter.platform': '平台',
  'filter.allPlatforms': '全部平台',

  'panel.loading': '加载中…',
  'panel.empty': '暂无数据',
  'panel.emptyHint': '在「数据」页拖入导出文件，或载入示例数据，这里就会显示结果。',
  'panel.error': '出错了',
  'panel.errorHint': '请点重试；如果仍然出错，请检查筛选条件，或到「数据」页查看导入记录。',
  'panel.retry': '重试',

  'import.drop': '拖入导出文件',
  'import.dropHint': '支持淘宝/天猫、京东、抖音后台导出的 CSV 和 Excel 文件',
  'import.choose': '选择文件',
  'import.loadSamples': '载入示例数据',
  'import.running': '正在导入 {name}…',
  'import.done': '导入完成',
  'import.cancel': '取消导入',
  'import.cancelled': '已取消导入，数据未改动',
  'import.rowsRead': '读取 {count} 行',
  'import.rowsInserted': '新增 {count} 行',
  'import.rowsReplaced': '替换 {count} 行',
  'import.rowsRejected': '拒绝 {count} 行',
  'import.elapsed': '用时 {seconds} 秒',
  'import.unsupported': '不支持的文件：{name}',
  'import.unsupportedHint': '没有识别出报表类型，最接近的是「{closest}」。',
  'import.duplicate': '已导入过相同文件：{name}',

  'storage.persistent': '数据保存在本机浏览器，不会上传。',
  'storage.notPersistent': '浏览器无法持久保存数据，刷新页面后需要重新导入。',
  'storage.otherTab': '掌柜看板已在另一个标签页打开，请在那个标签页继续，或关闭它后刷新本页。',

  'kpi.previous': '上期',
  'kpi.change': '环比',

  'chart.total': '合计',
  'chart.exportPng': '导出图片',

  'filter.lastDays': '近{days}天',

  'kpi.title': '核心指标',
  'kpi.emptyHint': '还没有订单数据。拖入淘宝/天猫订单报表（ExportOrderList…csv），或载入示例数据。',
  'daily.title': '每日支付金额',
  'daily.emptyHint': '所选日期和平台内没有已支付订单。换一个日期范围，或导入这段时间的订单报表。',

  'import.loading': '正在写入数据仓库…',
  'import.reading': '读取文件 {pct}%',
  'import.duplicateHint': '与 {date} 导入的文件完全相同，已跳过，数据未改动。',
  'import.fetchingSamples': '正在取示例数据…',
  'import.samplesFailed': '示例数据载入失败：{message}',
  'import.samplesSkipped':
    '另有 {count} 个示例文件（流量、商品、推广及京东、抖音报表）的导入即将支持，暂未载入。',

  'coverage.title': '数据覆盖',
  'coverage.table': '数据表',
  'coverage.rows': '行数',
  'coverage.from': '最早',
  'coverage.to': '最晚',
  'coverage.days': '有数据天数',
  'coverage.missing': '缺失天数',
  'coverage.table.orders': '订单',
  'coverage.table.product_daily': '商品日报',
  'coverage.table.traffic_daily': '流量来源',
  'coverage.table.ad_spend_daily': '推广花费',
  'data.log': '导入记录',
  'data.remove': '删除',
  'data.removing': '正在删除…',
  'data.removeConfirm': '删除「{name}」这次导入的全部数据？之后导入的文件覆盖过的行不受影响。',
  'data.logEmpty': '还没有导入过文件。',
  'data.file': '文件',
  'data.read': '读取',
  'data.inserted': '新增',
  'data.replaced': '替换',
  'data.rejected': '拒绝',
  'data.when': '导入时间',
  'data.seconds': '秒',
  'data.downloadRejects': '下载被拒绝的行（CSV，含行号和原因）',
  'data.coverage': '仓库里有 {orders} 笔订单，支付日期 {from} 至 {to}。',

  'welcome.title': '把后台导出拖进来，马上看到三个平台的日报',
  'welcome.body': '数据只在这台电脑的浏览器里处理和保存，不会上传到任何服务器。',

  'engine.starting': '正在启动本地数据引擎…',
  'engine.failed': '本地数据引擎没能启动',
  'engine.failedHint':
    '请使用新版 Chrome、Edge 或 Firefox 打开本页并刷新；如果仍然失败，请把下面的信息发给数据组。',
};

export type StringKey = keyof typeof zhCN;

const en: Record<StringKey, string> = {
  'app.name': 'Zhanggui',
  'app.language': 'Language',
  'locale.zh-CN': '中文',
  'locale.en': 'English',

  'nav.overview': 'Overview',
  'nav.traffic': 'Traffic',
  'nav.funnel': 'Funnel',
  'nav.campaigns': 'Campaigns',
  'nav.competitors': 'Competitors',
  'nav.tracker': 'Tracker',
  'nav.sql': 'SQL',
  'nav.data': 'Data',

  'filter.dateRange': 'Date range',
  'filter.start': 'Start',
  'filter.end': 'End',
  'filter.platform': 'Platform',
  'filter.allPlatforms': 'All platforms',

  'panel.loading': 'Loading…',
  'panel.empty': 'No data',
  'panel.emptyHint': 'Drop export files on the Data page, or load the sample data, to see results here.',
  'panel.error': 'Something went wrong',
  'panel.errorHint':
    'Press Retry. If it keeps failing, check the filters or the import log on the Data page.',
  'panel.retry': 'Retry',

  'import.drop': 'Drop export files here',
  'import.dropHint': 'CSV and Excel exports from Taobao/Tmall, JD and Douyin back offices',
  'import.choose': 'Choose files',
  'import.loadSamples': 'Load sample data',
  'import.running': 'Importing {name}…',
  'import.done': 'Import complete',
  'import.cancel': 'Cancel import',
  'import.cancelled': 'Import cancelled; no data was changed',
  'import.rowsRead': '{count} rows read',
  'import.rowsInserted': '{count} inserted',
  'import.rowsReplaced': '{count} replaced',
  'import.rowsRejected': '{count} rejected',
  'import.elapsed': 'took {seconds} s',
  'import.unsupported': 'Unsupported file: {name}',
  'import.unsupportedHint': 'The report type was not recognised; the closest match is “{closest}”.',
  'import.duplicate': 'This file was already imported: {name}',

  'storage.persistent': 'Data is kept in this browser on this device and never uploaded.',
  'storage.notPersistent': 'This browser cannot keep the data: after a reload it must be imported again.',
  'storage.otherTab': 'Zhanggui is open in another tab. Continue there, or close it and reload this page.',

  'kpi.previous': 'Previous',
  'kpi.change': 'Change',

  'chart.total': 'Total',
  'chart.exportPng': 'Save as image',

  'filter.lastDays': 'Last {days} days',

  'kpi.title': 'Key metrics',
  'kpi.emptyHint':
    'No orders yet. Drop a Taobao/Tmall order report (ExportOrderList…csv), or load the sample data.',
  'daily.title': 'Daily GMV',
  'daily.emptyHint':
    'No paid orders for these dates and platforms. Pick another range, or import the order report for it.',

  'import.loading': 'Writing to the warehouse…',
  'import.reading': 'Reading file {pct}%',
  'import.duplicateHint': 'Identical to the file imported on {date}: skipped, nothing changed.',
  'import.fetchingSamples': 'Fetching sample data…',
  'import.samplesFailed': 'Sample data could not be loaded: {message}',
  'import.samplesSkipped':
    '{count} more sample files (traffic, products, ads, JD and Douyin reports) need importers that are coming; not loaded yet.',

  'coverage.title': 'Data coverage',
  'coverage.table': 'Table',
  'coverage.rows': 'Rows',
  'coverage.from': 'First day',
  'coverage.to': 'Last day',
  'coverage.days': 'Days with data',
  'coverage.missing': 'Missing days',
  'coverage.table.orders': 'Orders',
  'coverage.table.product_daily': 'Product days',
  'coverage.table.traffic_daily': 'Traffic sources',
  'coverage.table.ad_spend_daily': 'Ad spend',
  'data.log': 'Import log',
  'data.remove': 'Remove',
  'data.removing': 'Removing…',
  'data.removeConfirm':
    'Remove every row imported from “{name}”? Rows a later import has replaced are not affected.',
  'data.logEmpty': 'No files imported yet.',
  'data.file': 'File',
  'data.read': 'Read',
  'data.inserted': 'Inserted',
  'data.replaced': 'Replaced',
  'data.rejected': 'Rejected',
  'data.when': 'Imported at',
  'data.seconds': 'Seconds',
  'data.downloadRejects': 'Download the rejected rows (CSV, with line numbers and reasons)',
  'data.coverage': 'The warehouse holds {orders} orders, paid {from} to {to}.',

  'welcome.title': 'Drop your back-office exports and see all three platforms at once',
  'welcome.body': 'Your data is processed and kept in this browser on this computer; nothing is uploaded.',

  'engine.starting': 'Starting the local data engine…',
  'engine.failed': 'The local data engine could not start',
  'engine.failedHint':
    'Open this page in a recent Chrome, Edge or Firefox and reload. If it still fails, send the message below to your data team.',
};

export const STRINGS: Readonly<Record<Locale, Readonly<Record<StringKey, string>>>> = {
  'zh-CN': zhCN,
  en,
};

export type StringParams = Record<string, string | number>;

const numberFormats = new Map<Locale, Intl.NumberFormat>();

function formatParam(value: string | number, locale: Locale): string {
  if (typeof value === 'string') return value;
  let nf = numberFormats.get(locale);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    numberFormats.set(locale, nf);
  }
  return Number.isFinite(value) ? nf.format(value) : '—';
}

/** Pure lookup + interpolation; the reactive `t()` in locale.svelte.ts wraps it. An unknown
 * placeholder is left visible rather than silently dropped, so a typo shows up on screen. */
export function translate(locale: Locale, key: StringKey, params?: StringParams): string {
  const template = STRINGS[locale]?.[key] ?? STRINGS[DEFAULT_LOCALE][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? formatParam(params[name], locale) : whole,
  );
}

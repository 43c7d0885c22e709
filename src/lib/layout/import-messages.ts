import type { ImportError } from '../import/errors.ts';
import type { Locale } from '../i18n/strings.ts';

/** Every refusal as a sentence that says what happened and what to do next. */
export function importErrorMessage(error: ImportError, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const d = error.detail;
  switch (error.code) {
    case 'empty':
      return zh
        ? '文件是空的。请重新从后台导出，确认下载完成后再拖入。'
        : 'The file is empty. Export it again and drop it once the download has finished.';
    case 'binary':
      return zh
        ? '这不是文本 CSV 文件（可能是图片或压缩包改了扩展名）。请拖入后台导出的原始文件。'
        : 'This is not a text CSV (perhaps an image or an archive renamed). Drop the file exactly as the back office exported it.';
    case 'excel':
      return zh
        ? `这个 Excel 文件无法读取（可能已损坏、被加密或只下载了一部分）：${d.message ?? ''}。请重新从后台下载后再拖入。`
        : `This Excel file cannot be read (damaged, password-protected or only partly downloaded): ${d.message ?? ''}. Download it again and drop it.`;
    case 'unknown_report': {
      const near = d.nearest ? (zh ? d.nearest.zh : d.nearest.en) : null;
      const missing = d.missing?.length ? d.missing.join(', ') : '';
      if (near) {
        return zh
          ? `没有识别出报表类型。最接近「${near}」，但缺少字段：${missing}。请导出完整列，或检查是否选错了文件。`
          : `The report type was not recognised. Closest: “${near}”, missing fields: ${missing}. Export all columns, or check the file.`;
      }
      return zh
        ? '没有识别出报表类型：表头不属于已支持的任何导出。目前支持淘宝/天猫、京东、抖店的订单导出，以及生意参谋商品、京东商智商品明细、千川推商品、万相台计划报表、京准通报表。'
        : 'The report type was not recognised: the header matches no supported export. Supported now: Taobao/Tmall, JD and Douyin order exports, 生意参谋 products, 京东商智 SKU detail, 千川 product, 万相台 plan and 京准通 reports.';
    }
    case 'no_rows':
      return zh
        ? '文件只有表头，没有数据行。请检查导出的时间范围。'
        : 'The file has a header but no rows. Check the date range of the export.';
    case 'too_large':
      return zh
        ? '文件太大，浏览器内存放不下。请按月分开导出后分别拖入。'
        : 'The file is too large for the browser. Export one month at a time and drop each file.';
    case 'cancelled':
      return zh ? '已取消导入，数据未改动。' : 'Import cancelled; no data was changed.';
    default:
      return zh
        ? `导入失败，数据未改动：${d.message ?? ''}。请重试；如仍失败，请把这条信息发给数据组。`
        : `Import failed and no data was changed: ${d.message ?? ''}. Try again; if it keeps failing, send this message to your data team.`;
  }
}

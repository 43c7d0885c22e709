/** 千牛 宝贝报表 (`ExportOrderDetailList<yyyyMMddHHmm>.csv`), reference §2.2: GBK, one row per order
 * line, no sub-order id (join on 订单编号). Same orders as the order report. */
import { csvLine, encode, yuan } from './format.ts';
import type { Order } from './orders.ts';
import { skuText } from './shop.ts';
import { taobaoStatus } from './taobao-orders.ts';

export const TAOBAO_ITEM_HEADER: readonly string[] = [
  '订单编号',
  '标题',
  '价格',
  '购买数量',
  '外部系统编号',
  '商品属性',
  '套餐信息',
  '备注',
  '订单状态',
  '商家编码',
];

const RAW = new Set([0]);

export function taobaoItemFile(orders: readonly Order[]): Buffer {
  const parts: string[] = [csvLine(TAOBAO_ITEM_HEADER)];
  for (let i = orders.length - 1; i >= 0; i--) {
    const o = orders[i];
    const status = taobaoStatus(o);
    for (const l of o.lines) {
      parts.push(
        csvLine(
          [
            `="${o.id}"`,
            l.listing.title,
            yuan(l.unitPrice),
            String(l.qty),
            l.sku.product.code,
            skuText(l.sku),
            '',
            '',
            status,
            l.sku.code,
          ],
          RAW,
        ),
      );
    }
  }
  return encode(parts.join(''), 'gbk');
}

import type { ReportAdapter } from '../report.ts';
import { jdJingzhuntong, qianchuanProducts, wanxiangPlans } from './ad-spend.ts';
import { douyinOrders } from './douyin-orders.ts';
import { jdOrders } from './jd-orders.ts';
import { jdSkuDaily, sycmProducts } from './product-daily.ts';
import { sycmShopSources } from './sycm-sources.ts';
import { taobaoItems } from './taobao-items.ts';
import { taobaoOrders } from './taobao-orders.ts';

/** Every report the app can import; detection scores a file's header against each. */
export const ADAPTERS: ReportAdapter[] = [
  taobaoOrders,
  jdOrders,
  douyinOrders,
  sycmProducts,
  jdSkuDaily,
  wanxiangPlans,
  jdJingzhuntong,
  qianchuanProducts,
  sycmShopSources,
  taobaoItems,
];
